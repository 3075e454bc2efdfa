-- What the batched test consumer has applied, in the order it applied it.
CREATE TABLE batch_applied_event (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       VARCHAR(255) NOT NULL,
    community_code VARCHAR(12)  NOT NULL
);
