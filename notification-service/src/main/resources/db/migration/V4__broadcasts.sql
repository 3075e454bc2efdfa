-- Communities as this service knows them from the registry's events: their names sign messages.
CREATE TABLE community (
    code VARCHAR(12) PRIMARY KEY,
    name VARCHAR(50) NOT NULL
);

-- 未诉先办: a message a community office sends to many at once, now or at a time.
CREATE TABLE broadcast (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12)   NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    audience       VARCHAR(15)   NOT NULL,
    -- The phone channel for recipients with a phone: SMS or WECHAT.
    channel        VARCHAR(15)   NOT NULL,
    urgent         BOOLEAN       NOT NULL,
    -- The recipients named in the request (audience RECIPIENTS), kept until the fan-out.
    recipients     JSONB,
    send_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(15)   NOT NULL,
    recipient_count INTEGER,
    fanned_out_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX broadcast_due ON broadcast (send_at) WHERE status = 'SCHEDULED';

ALTER TABLE notification ADD COLUMN broadcast_id UUID REFERENCES broadcast (id);
CREATE INDEX notification_broadcast ON notification (broadcast_id);
