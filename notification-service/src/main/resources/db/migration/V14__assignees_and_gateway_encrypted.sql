-- The assigned worker's name and what the stand-in gateway took (a phone number and a message that
-- may greet someone by name) are personal data like the other copies (V13): the columns widen for the
-- ciphertext, and the rows written before are encrypted by the service at its next start.
ALTER TABLE ticket_assignee ALTER COLUMN worker_name TYPE VARCHAR(400);
ALTER TABLE gateway_message ALTER COLUMN recipient TYPE VARCHAR(200);
