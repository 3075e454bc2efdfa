-- A compound's own household figure, when an article gives one (广立南区: 298 households).
ALTER TABLE compound ADD COLUMN households INTEGER;
