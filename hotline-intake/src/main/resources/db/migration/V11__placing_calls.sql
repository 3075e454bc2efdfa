-- Where a call is from: the caller's building, and the read models intake places calls with.
ALTER TABLE call ADD COLUMN building VARCHAR(100);
CREATE INDEX call_unplaced ON call (received_at) WHERE community_code IS NULL;
CREATE INDEX call_community_received_at ON call (community_code, received_at);

-- Residents' phones from the registry's resident events: a caller known by phone is placed at home.
CREATE TABLE resident_phone (
    resident_id    VARCHAR(64) PRIMARY KEY,
    phone          VARCHAR(20) NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    building       VARCHAR(100)
);
CREATE INDEX resident_phone_phone ON resident_phone (phone);

-- Names a caller may say for a place, normalised (no spaces, ASCII digits): a community's name,
-- a compound's, and a compound's followed by a building's. Learned from the registry's community,
-- worker and resident events; never forgotten, as a building outlives the people in it.
CREATE TABLE place_name (
    name           VARCHAR(200) NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    building       VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (name, community_code, building)
);
