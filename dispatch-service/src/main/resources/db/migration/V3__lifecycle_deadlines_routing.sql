-- The ticket lifecycle: who accepted and resolved it, the follow-up, reopenings, and the timer of
-- its next deadline (the deadline watch claims due rows with FOR UPDATE SKIP LOCKED).
ALTER TABLE ticket
    ADD COLUMN version          BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN building         VARCHAR(100),
    ADD COLUMN accepted_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolved_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN result           VARCHAR(2000),
    ADD COLUMN solved           BOOLEAN,
    ADD COLUMN satisfaction     VARCHAR(20),
    ADD COLUMN closed_at        TIMESTAMP WITH TIME ZONE,
    ADD COLUMN reopen_count     INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN escalation_level VARCHAR(10),
    ADD COLUMN escalate_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN next_due_at      TIMESTAMP WITH TIME ZONE;
UPDATE ticket SET escalate_at = resolve_by, next_due_at = accept_by;
CREATE INDEX ticket_next_due ON ticket (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX ticket_community_status ON ticket (community_code, status);
ALTER TABLE ticket_step ALTER COLUMN note TYPE VARCHAR(2000);

-- Workers a ticket is no longer offered to: they handed it back or let it pass unaccepted.
CREATE TABLE ticket_passed_over (
    ticket_id VARCHAR(30) NOT NULL REFERENCES ticket (id),
    worker_id UUID NOT NULL,
    PRIMARY KEY (ticket_id, worker_id)
);

-- The buildings (compound/building) each worker answers for: a butler's or building head's
-- buildings, a grid worker's grid.
CREATE TABLE worker_building (
    worker_id UUID NOT NULL REFERENCES worker_view (id),
    building  VARCHAR(100) NOT NULL,
    PRIMARY KEY (worker_id, building)
);
CREATE INDEX worker_building_building ON worker_building (building);

-- Communities with the street and district above them, from the registry's events.
CREATE TABLE community_view (
    code          VARCHAR(12) PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    street_code   VARCHAR(12),
    street_name   VARCHAR(100),
    district_code VARCHAR(12),
    district_name VARCHAR(100)
);
CREATE INDEX community_view_street ON community_view (street_code);
CREATE INDEX community_view_district ON community_view (district_code);

-- Which roles take a category of ticket, in order of preference. The rows of community '*' are
-- the default table; a community with rows of its own uses only those.
CREATE TABLE routing_rule (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    category       VARCHAR(20) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    UNIQUE (community_code, category)
);
INSERT INTO routing_rule (community_code, category, roles) VALUES
    ('*', 'EPIDEMIC_CONTROL', 'GRID_WORKER,COMMUNITY_WORKER'),
    ('*', 'MEDICAL',          'COMMUNITY_WORKER,VOLUNTEER'),
    ('*', 'SUPPLIES',         'VOLUNTEER,COMMUNITY_WORKER'),
    ('*', 'HEATING',          'PARTNER,PROPERTY_STAFF'),
    ('*', 'UTILITIES',        'PARTNER,PROPERTY_STAFF'),
    ('*', 'NOISE_NEIGHBOUR',  'COMMUNITY_WORKER'),
    ('*', 'PROPERTY',         'PROPERTY_STAFF,COMMUNITY_WORKER'),
    ('*', 'SANITATION',       'PROPERTY_STAFF'),
    ('*', 'HOUSING',          'PROPERTY_STAFF,COMMUNITY_WORKER'),
    ('*', 'DELIVERY',         'VOLUNTEER,COMMUNITY_WORKER'),
    ('*', 'ELDERLY_CARE',     'COMMUNITY_WORKER,VOLUNTEER'),
    ('*', 'TRAFFIC',          'GRID_WORKER,COMMUNITY_WORKER'),
    ('*', 'OTHER',            'COMMUNITY_WORKER');
