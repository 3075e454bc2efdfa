-- 封控区 / 管控区: buildings under temporary control, from a start to an end (open while not lifted).
CREATE TABLE control_zone (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12)  NOT NULL REFERENCES community (code),
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    starts_at      TIMESTAMPTZ  NOT NULL,
    ends_at        TIMESTAMPTZ,
    note           VARCHAR(300),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);

CREATE TABLE control_zone_building (
    zone_id     UUID   NOT NULL REFERENCES control_zone (id) ON DELETE CASCADE,
    building_id BIGINT NOT NULL REFERENCES building (id),
    PRIMARY KEY (zone_id, building_id)
);
CREATE INDEX control_zone_building_building ON control_zone_building (building_id);

-- 便民卡: a community's service directory, replaced as a whole when the community hands out a new card.
CREATE TABLE service_directory (
    community_code VARCHAR(12) PRIMARY KEY REFERENCES community (code),
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE service_line (
    community_code VARCHAR(12)  NOT NULL REFERENCES service_directory (community_code) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    phone          VARCHAR(20)  NOT NULL,
    hours          VARCHAR(50),
    note           VARCHAR(300),
    PRIMARY KEY (community_code, position)
);
