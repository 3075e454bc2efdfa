-- The workers of each community, as dispatch knows them from the registry's events.
CREATE TABLE worker_view (
    id             UUID PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    name           VARCHAR(50) NOT NULL,
    role           VARCHAR(20) NOT NULL,
    on_duty        BOOLEAN NOT NULL
);
CREATE INDEX worker_view_community ON worker_view (community_code);

-- 工单: tickets, their assignee and deadlines.
CREATE TABLE ticket (
    id             VARCHAR(30) PRIMARY KEY,
    call_id        UUID NOT NULL,
    community_code VARCHAR(12) NOT NULL,
    type           VARCHAR(15) NOT NULL,
    urgency        VARCHAR(10) NOT NULL,
    category       VARCHAR(20) NOT NULL,
    summary        VARCHAR(4000) NOT NULL,
    status         VARCHAR(15) NOT NULL,
    assignee_id    UUID,
    assignee_name  VARCHAR(50),
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accept_by      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolve_by     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_assignee_status ON ticket (assignee_id, status);

-- Every step of a ticket, in order.
CREATE TABLE ticket_step (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id VARCHAR(30) NOT NULL REFERENCES ticket (id),
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    action    VARCHAR(20) NOT NULL,
    note      VARCHAR(500)
);
CREATE INDEX ticket_step_ticket ON ticket_step (ticket_id);
