-- Residents' names and phones and workers' phones are stored encrypted (AES-GCM, see
-- docs/personal-data.md): the columns widen for the ciphertext, and what was looked up by value is
-- looked up by a blind index (HMAC-SHA256) instead. Rows written before are encrypted, and their
-- indexes filled, by the service at its next start, where the keys are.
ALTER TABLE resident ALTER COLUMN name TYPE VARCHAR(400);
ALTER TABLE resident ALTER COLUMN phone TYPE VARCHAR(200);
ALTER TABLE resident ADD COLUMN name_index VARCHAR(64);
ALTER TABLE resident ADD COLUMN phone_index VARCHAR(64);

-- One resident of a name per household, as before: on the index, since equal names no longer
-- encrypt alike.
ALTER TABLE resident DROP CONSTRAINT resident_household_id_name_key;
ALTER TABLE resident ADD CONSTRAINT resident_household_name UNIQUE (household_id, name_index);

-- How intake places a call and the registry answers /api/lookup/phone: the number to the household.
DROP INDEX resident_phone;
CREATE INDEX resident_phone_index ON resident (phone_index);

ALTER TABLE worker ALTER COLUMN phone TYPE VARCHAR(200);

-- A check value per key, so that a service started with another key than its data's stops at once.
CREATE TABLE personal_data_key (
    purpose     VARCHAR(10)  NOT NULL,
    key_id      VARCHAR(16)  NOT NULL,
    check_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (purpose, key_id)
);
