-- The buildings under a control zone (封控区 / 管控区), from the registry's events: a ticket from
-- one of them while the zone is in force takes the green channel.
CREATE TABLE control_zone_building (
    zone_id        VARCHAR(64)  NOT NULL,
    community_code VARCHAR(12)  NOT NULL,
    building       VARCHAR(100) NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (zone_id, building)
);
CREATE INDEX control_zone_building_place ON control_zone_building (community_code, building);

-- 绿色通道: urgent tickets and tickets from buildings under control go first and page the duty lead.
ALTER TABLE ticket ADD COLUMN green_channel BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE ticket SET green_channel = (urgency = 'URGENT');
