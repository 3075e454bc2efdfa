-- Callers' names and phones, and residents' phones known from the registry, are stored encrypted
-- (AES-GCM, see docs/personal-data.md); a caller's phone finds a resident by the phone's blind index
-- (HMAC-SHA256). Rows written before are encrypted, and their indexes filled, by the service at its
-- next start, where the keys are.
ALTER TABLE call ALTER COLUMN caller_phone TYPE VARCHAR(200);
ALTER TABLE call ALTER COLUMN caller_name TYPE VARCHAR(400);

ALTER TABLE resident_phone ALTER COLUMN phone TYPE VARCHAR(200);
ALTER TABLE resident_phone ADD COLUMN phone_index VARCHAR(64);
DROP INDEX resident_phone_phone;
CREATE INDEX resident_phone_phone_index ON resident_phone (phone_index);

-- A check value per key, so that a service started with another key than its data's stops at once.
CREATE TABLE personal_data_key (
    purpose     VARCHAR(10)  NOT NULL,
    key_id      VARCHAR(16)  NOT NULL,
    check_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (purpose, key_id)
);
