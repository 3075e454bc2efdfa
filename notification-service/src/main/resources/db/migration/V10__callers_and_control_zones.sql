-- Who called about each ticket and how to reach them, from intake's hotline.ticket.caller-added:
-- a registered resident by id (reached through the resident's channel), anyone else by phone.
CREATE TABLE ticket_caller (
    ticket_id      VARCHAR(30) NOT NULL,
    call_id        VARCHAR(64) NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    resident_id    VARCHAR(64),
    phone          VARCHAR(30),
    PRIMARY KEY (ticket_id, call_id)
);

-- The buildings of each control zone (封控区 / 管控区), from the registry's events: a broadcast
-- may target a zone.
CREATE TABLE control_zone_building (
    zone_id        VARCHAR(64)  NOT NULL,
    community_code VARCHAR(12)  NOT NULL,
    building       VARCHAR(100) NOT NULL,
    PRIMARY KEY (zone_id, building)
);

ALTER TABLE broadcast ADD COLUMN target_zone_id VARCHAR(64);
