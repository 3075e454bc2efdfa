-- Where a community lies, for roll-ups to street, district and city.
ALTER TABLE community_view
    ADD COLUMN street_code   VARCHAR(12),
    ADD COLUMN street_name   VARCHAR(100),
    ADD COLUMN district_code VARCHAR(12),
    ADD COLUMN district_name VARCHAR(100),
    ADD COLUMN city_name     VARCHAR(100);

-- Calls counted per day (Asia/Shanghai), community, type and category: a year of a big city's
-- calls is a few million rows here, not tens of millions, so any period is summed at once.
CREATE TABLE call_tally (
    day            DATE        NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    type           VARCHAR(15) NOT NULL,
    category       VARCHAR(20) NOT NULL,
    calls          INTEGER     NOT NULL,
    PRIMARY KEY (day, community_code, type, category)
);

-- One row per ticket with the moments the rates are computed from, kept current by events.
CREATE TABLE ticket_fact (
    ticket_id      VARCHAR(30) PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    day            DATE        NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    dispatched_at  TIMESTAMP WITH TIME ZONE,
    accept_by      TIMESTAMP WITH TIME ZONE,
    resolve_by     TIMESTAMP WITH TIME ZONE,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    reopened       INTEGER     NOT NULL DEFAULT 0,
    followed_up_at TIMESTAMP WITH TIME ZONE,
    solved         BOOLEAN,
    satisfaction   VARCHAR(20)
);
CREATE INDEX ticket_fact_day_community ON ticket_fact (day, community_code);
