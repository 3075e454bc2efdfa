-- The call's text is stored encrypted (AES-GCM, see docs/personal-data.md): a citizen's words often
-- hold names, addresses and illnesses. Nothing queries the text by value; the column widens for the
-- ciphertext of 4,000 characters (up to 12,000 bytes of UTF-8, a third more in base64). Rows written
-- before are encrypted by the service at its next start, where the keys are.
ALTER TABLE call ALTER COLUMN text TYPE TEXT;
