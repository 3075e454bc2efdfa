-- The communities known from the registry's events: where calls can be placed.
CREATE TABLE community_view (
    code      VARCHAR(12) PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    city_code VARCHAR(12) NOT NULL
);

-- 来电: every call taken, placed or not, with its classification.
CREATE TABLE call (
    id             UUID PRIMARY KEY,
    text           VARCHAR(4000) NOT NULL,
    caller_phone   VARCHAR(20),
    caller_name    VARCHAR(50),
    channel        VARCHAR(10) NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    community_code VARCHAR(12),
    address        VARCHAR(200),
    type           VARCHAR(15) NOT NULL,
    urgency        VARCHAR(10) NOT NULL,
    category       VARCHAR(20) NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    ticket_id      VARCHAR(30) UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX call_received_at ON call (received_at);

-- A retried POST with the same Idempotency-Key answers with the call it first created.
CREATE TABLE idempotency_key (
    key        VARCHAR(100) PRIMARY KEY,
    call_id    UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE SEQUENCE ticket_number_seq;
