-- Every message the service has decided to send, to whom, about what, caused by which event.
CREATE TABLE notification (
    id             UUID PRIMARY KEY,
    event_id       VARCHAR(64)  NOT NULL,
    recipient_kind VARCHAR(15)  NOT NULL,
    recipient_id   VARCHAR(64)  NOT NULL,
    recipient_name VARCHAR(50),
    channel        VARCHAR(15)  NOT NULL,
    ticket_id      VARCHAR(30),
    community_code VARCHAR(12),
    message        VARCHAR(1000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One event tells one recipient once, whatever the redeliveries.
    UNIQUE (event_id, recipient_kind, recipient_id)
);
CREATE INDEX notification_ticket ON notification (ticket_id);
