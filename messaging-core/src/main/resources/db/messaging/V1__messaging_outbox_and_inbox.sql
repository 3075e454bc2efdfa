-- The transactional outbox: events written in the same transaction as the state change they
-- report, published to Kafka by the relay and deleted once the broker has acknowledged them.
CREATE TABLE outbox_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    VARCHAR(64)  NOT NULL,
    topic       VARCHAR(255) NOT NULL,
    message_key VARCHAR(255),
    type        VARCHAR(255) NOT NULL,
    source      VARCHAR(255) NOT NULL,
    subject     VARCHAR(255),
    time        TIMESTAMP WITH TIME ZONE NOT NULL,
    data        TEXT NOT NULL
);

-- The events each consumer has applied, written in the same transaction as their effect, so a
-- redelivered event is recognised by its CloudEvent id and changes nothing.
CREATE TABLE processed_event (
    consumer     VARCHAR(255) NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
-- Applied events are forgotten after a retention period (ProcessedEventPruning).
CREATE INDEX processed_event_age ON processed_event (processed_at);
