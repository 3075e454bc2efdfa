-- A notification is what one recipient must know because of one event; each channel that carries
-- it to them is a delivery, attempted by the sender until sent or given up.
ALTER TABLE notification ADD COLUMN event_type VARCHAR(80);
ALTER TABLE notification ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;
-- Room for a resident known only by building and name (visit:<compound/building>/<name>).
ALTER TABLE notification ALTER COLUMN recipient_id TYPE VARCHAR(200);
-- A ticket's summary alone may run to 4,000 characters.
ALTER TABLE notification ALTER COLUMN message TYPE TEXT;

CREATE TABLE delivery (
    id              UUID PRIMARY KEY,
    notification_id UUID NOT NULL REFERENCES notification (id),
    channel         VARCHAR(15)   NOT NULL,
    -- Where it goes: a phone number, a WeChat open id, a webhook URL, a building, a worker id.
    address         VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- With the notification's (event, recipient) key: never twice for the same event, recipient and channel.
    UNIQUE (notification_id, channel)
);
-- The sender's claim: due deliveries, oldest first.
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'HELD');
CREATE INDEX delivery_status ON delivery (status);

-- Notifications recorded before deliveries existed were in the worker's inbox at once.
INSERT INTO delivery (id, notification_id, channel, address, body, status, attempts, next_attempt_at, sent_at, created_at)
SELECT gen_random_uuid(), id, channel, recipient_id, message, 'SENT', 1, created_at, created_at, created_at
FROM notification;
ALTER TABLE notification DROP COLUMN channel;
UPDATE notification SET event_type = 'hotline.ticket.assigned' WHERE event_type IS NULL;
ALTER TABLE notification ALTER COLUMN event_type SET NOT NULL;
CREATE INDEX notification_recipient ON notification (recipient_id);

-- A community system's registration to receive its community's ticket events by HTTP POST.
CREATE TABLE subscription (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12)  NOT NULL,
    url            VARCHAR(500) NOT NULL,
    -- Shared with the community system, which checks the HMAC-SHA256 signature of every POST with it.
    secret         VARCHAR(100) NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subscription_community ON subscription (community_code);

-- Workers as this service knows them from the registry's events: how to reach them.
CREATE TABLE worker (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    name           VARCHAR(50) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    phone          VARCHAR(30),
    on_duty        BOOLEAN NOT NULL
);
CREATE INDEX worker_community ON worker (community_code);
CREATE TABLE worker_building (
    worker_id UUID NOT NULL REFERENCES worker (id),
    building  VARCHAR(100) NOT NULL,
    PRIMARY KEY (worker_id, building)
);
CREATE INDEX worker_building_building ON worker_building (building);

-- 上门: a door visit a worker owes a household that no phone reaches.
CREATE TABLE visit_task (
    id             UUID PRIMARY KEY,
    delivery_id    UUID NOT NULL UNIQUE REFERENCES delivery (id),
    worker_id      UUID NOT NULL,
    community_code VARCHAR(12)  NOT NULL,
    building       VARCHAR(100) NOT NULL,
    recipient_name VARCHAR(50),
    message        TEXT NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_task_worker ON visit_task (worker_id, status);
