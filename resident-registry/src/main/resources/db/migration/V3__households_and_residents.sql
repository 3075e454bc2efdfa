-- 户: a household, found by its building, unit (单元, '' when the building has none) and door.
CREATE TABLE household (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    building_id BIGINT      NOT NULL REFERENCES building (id),
    unit        VARCHAR(20) NOT NULL DEFAULT '',
    door        VARCHAR(20) NOT NULL,
    -- made up to give the demo data the articles' figures, never a real household
    generated   BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (building_id, unit, door)
);

CREATE TABLE resident (
    id                UUID PRIMARY KEY,
    household_id      BIGINT      NOT NULL REFERENCES household (id),
    name              VARCHAR(50) NOT NULL,
    gender            VARCHAR(10),
    phone             VARCHAR(20),
    age_band          VARCHAR(10) NOT NULL,
    preferred_channel VARCHAR(20) NOT NULL,
    contact_consent   BOOLEAN     NOT NULL,
    share_consent     BOOLEAN     NOT NULL,
    generated         BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (household_id, name)
);
-- How intake places a call: the caller's number to the household.
CREATE INDEX resident_phone ON resident (phone);

-- 特殊人群: what makes a resident vulnerable.
CREATE TABLE resident_tag (
    resident_id UUID        NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    tag         VARCHAR(20) NOT NULL,
    PRIMARY KEY (resident_id, tag)
);
CREATE INDEX resident_tag_tag ON resident_tag (tag);

-- 特殊人群需求保障清单: a resident's standing needs, e.g. dialysis Mon/Wed/Fri 17:30 at a hospital.
CREATE TABLE standing_need (
    resident_id UUID         NOT NULL REFERENCES resident (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    days        VARCHAR(60),
    at_time     TIME,
    place       VARCHAR(100),
    note        VARCHAR(300),
    PRIMARY KEY (resident_id, position)
);

-- Who read a resident's full record, when and why. Kept when the resident is removed.
CREATE TABLE resident_access (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id UUID         NOT NULL,
    accessed_by VARCHAR(100) NOT NULL,
    reason      VARCHAR(300) NOT NULL,
    accessed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX resident_access_resident ON resident_access (resident_id);
