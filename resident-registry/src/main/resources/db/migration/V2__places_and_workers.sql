-- The administrative hierarchy: city > district > street (街道/乡镇) > community (社区),
-- each identified by its 12-digit statistical division code.
CREATE TABLE city (
    code VARCHAR(12) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE district (
    code      VARCHAR(12) PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    city_code VARCHAR(12) NOT NULL REFERENCES city (code)
);

CREATE TABLE street (
    code          VARCHAR(12) PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    district_code VARCHAR(12) NOT NULL REFERENCES district (code)
);

CREATE TABLE community (
    code        VARCHAR(12) PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    street_code VARCHAR(12) NOT NULL REFERENCES street (code),
    households  INTEGER,
    residents   INTEGER
);

-- Where callers live: compound (小区/院) > building (楼栋).
CREATE TABLE compound (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL REFERENCES community (code),
    name           VARCHAR(100) NOT NULL,
    UNIQUE (community_code, name)
);

CREATE TABLE building (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    compound_id BIGINT NOT NULL REFERENCES compound (id),
    name        VARCHAR(100) NOT NULL,
    UNIQUE (compound_id, name)
);

-- Community workers, building heads, grid workers, volunteers, property staff.
CREATE TABLE worker (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL REFERENCES community (code),
    name           VARCHAR(50) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    title          VARCHAR(100),
    phone          VARCHAR(20),
    on_duty        BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE (community_code, name)
);

-- The buildings a worker answers for (the "private butler" of given buildings).
CREATE TABLE worker_building (
    worker_id   UUID   NOT NULL REFERENCES worker (id),
    building_id BIGINT NOT NULL REFERENCES building (id),
    PRIMARY KEY (worker_id, building_id)
);
