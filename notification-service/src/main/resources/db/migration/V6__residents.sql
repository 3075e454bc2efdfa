-- Residents as the registry announces them, without their names: where they live, what makes
-- them vulnerable, how they want to be reached, and whether they agreed to be told unasked.
CREATE TABLE resident (
    id                VARCHAR(64)  PRIMARY KEY,
    community_code    VARCHAR(12)  NOT NULL,
    household_id      BIGINT       NOT NULL,
    building          VARCHAR(100),
    unit              VARCHAR(20),
    door              VARCHAR(20),
    tags              JSONB        NOT NULL,
    preferred_channel VARCHAR(15),
    phone             VARCHAR(20),
    contact_consent   BOOLEAN      NOT NULL
);
CREATE INDEX resident_community ON resident (community_code);

-- A broadcast to residents chosen by building and by tag.
ALTER TABLE broadcast
    ADD COLUMN target_buildings JSONB,
    ADD COLUMN target_tags      JSONB;
