-- Whether a resident is on the registry's special-needs list (has a vulnerability tag): when several
-- residents share the phone a call came from, the caller is taken to be the one on the list, so that
-- dispatch can give the ticket the green channel.
ALTER TABLE resident_phone ADD COLUMN special_needs BOOLEAN NOT NULL DEFAULT FALSE;
