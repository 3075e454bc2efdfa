-- A correction of type may open the call's ticket or cancel it: the correction records which.
ALTER TABLE classification_correction ADD COLUMN ticket_opened VARCHAR(30);
ALTER TABLE classification_correction ADD COLUMN ticket_cancelled VARCHAR(30);
