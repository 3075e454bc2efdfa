-- The operator of a correction is now the subject of their token, which OpenID Connect allows up to 255 characters.
ALTER TABLE classification_correction ALTER COLUMN operator TYPE VARCHAR(255);
