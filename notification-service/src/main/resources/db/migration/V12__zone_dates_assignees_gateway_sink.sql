-- When each control zone is in force, from the registry's control-zone events: from starts_at
-- (inclusive) until ends_at (exclusive, null while not lifted). A broadcast to a lifted zone is refused.
CREATE TABLE control_zone (
    zone_id        VARCHAR(64) PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE,
    ends_at        TIMESTAMP WITH TIME ZONE
);
-- Zones announced before their dates were kept: in force until the registry says otherwise.
INSERT INTO control_zone (zone_id, community_code)
SELECT DISTINCT zone_id, community_code FROM control_zone_building;

-- The worker each open ticket is assigned to, from dispatch's events: the worker hears of its escalation.
CREATE TABLE ticket_assignee (
    ticket_id      VARCHAR(30) PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    worker_id      VARCHAR(64) NOT NULL,
    worker_name    VARCHAR(50)
);

-- A notice that must wait (an escalation at night, told at 08:30) is kept out of the recipient's
-- inbox until then, as its deliveries are held until then.
ALTER TABLE notification ADD COLUMN not_before TIMESTAMP WITH TIME ZONE;

-- What the built-in stand-in for the SMS and WeChat gateways took (local stack only; production
-- gateways are the operators'): the last thousand messages, kept across restarts.
CREATE TABLE gateway_message (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel     VARCHAR(10)   NOT NULL,
    recipient   VARCHAR(30)   NOT NULL,
    text        TEXT          NOT NULL,
    reference   VARCHAR(100),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gateway_message_channel ON gateway_message (channel, id);
