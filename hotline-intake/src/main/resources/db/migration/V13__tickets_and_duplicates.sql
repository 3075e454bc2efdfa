-- The tickets intake opened, with what a second call about the same matter is matched on, whether
-- the ticket is still open (kept from dispatch's events) and how many callers raised it.
CREATE TABLE ticket (
    ticket_id      VARCHAR(30) PRIMARY KEY,
    call_id        UUID        NOT NULL REFERENCES call (id),
    community_code VARCHAR(12) NOT NULL,
    building       VARCHAR(100),
    category       VARCHAR(20) NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(10) NOT NULL,
    callers        INTEGER     NOT NULL DEFAULT 1
);
CREATE INDEX ticket_open_matter ON ticket (community_code, building, category, opened_at) WHERE status = 'OPEN';

INSERT INTO ticket (ticket_id, call_id, community_code, building, category, opened_at, status)
SELECT ticket_id, id, community_code, building, category, received_at, 'OPEN' FROM call
WHERE ticket_id IS NOT NULL AND community_code IS NOT NULL;

-- Several calls may now be about one ticket: the first opened it, the others were linked to it.
ALTER TABLE call DROP CONSTRAINT call_ticket_id_key;
CREATE INDEX call_ticket ON call (ticket_id);
ALTER TABLE call ADD COLUMN linked_to_ticket BOOLEAN NOT NULL DEFAULT FALSE;
