-- The names and phones this service keeps, and the messages that greet people by name and quote the
-- callers' words, are stored encrypted (AES-GCM, see docs/personal-data.md): the columns widen for the
-- ciphertext. Rows written before are encrypted by the service at its next start, where the keys are.
ALTER TABLE worker ALTER COLUMN name TYPE VARCHAR(400);
ALTER TABLE worker ALTER COLUMN phone TYPE VARCHAR(200);
ALTER TABLE resident ALTER COLUMN phone TYPE VARCHAR(200);
ALTER TABLE ticket_caller ALTER COLUMN phone TYPE VARCHAR(200);
ALTER TABLE notification ALTER COLUMN recipient_name TYPE VARCHAR(400);
ALTER TABLE visit_task ALTER COLUMN recipient_name TYPE VARCHAR(400);
-- A webhook URL of 500 characters no longer fits 500 once encrypted.
ALTER TABLE delivery ALTER COLUMN address TYPE TEXT;
-- The people a broadcast names: one encrypted JSON value instead of a JSON column.
ALTER TABLE broadcast ALTER COLUMN recipients TYPE TEXT USING recipients::text;

-- A person a broadcast named was known by their number (phone:<number>) or their name
-- (visit:<building>/<name>) in the recipient id, which is stored in clear. New ids carry the blind
-- index instead, which needs the keys; the ids of broadcasts already fanned out lose the number and
-- the name (their deliveries keep the address, encrypted at the next start).
UPDATE notification SET recipient_id = split_part(recipient_id, ':', 1) || ':before-encryption-' || id
WHERE recipient_kind = 'RESIDENT' AND (recipient_id LIKE 'phone:%' OR recipient_id LIKE 'visit:%');

-- A check value per key, so that a service started with another key than its data's stops at once.
CREATE TABLE personal_data_key (
    purpose     VARCHAR(10)  NOT NULL,
    key_id      VARCHAR(16)  NOT NULL,
    check_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (purpose, key_id)
);
