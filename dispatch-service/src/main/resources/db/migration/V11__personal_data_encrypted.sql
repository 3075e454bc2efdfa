-- Workers' names and the caller's words on a ticket are stored encrypted (AES-GCM, see
-- docs/personal-data.md): the columns widen for the ciphertext. Rows written before are encrypted by
-- the service at its next start, where the keys are; nothing looks these columns up by value.
ALTER TABLE worker_view ALTER COLUMN name TYPE VARCHAR(400);
ALTER TABLE ticket ALTER COLUMN assignee_name TYPE VARCHAR(400);
ALTER TABLE ticket ALTER COLUMN summary TYPE TEXT;

-- A check value per key, so that a service started with another key than its data's stops at once.
CREATE TABLE personal_data_key (
    purpose     VARCHAR(10)  NOT NULL,
    key_id      VARCHAR(16)  NOT NULL,
    check_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (purpose, key_id)
);
