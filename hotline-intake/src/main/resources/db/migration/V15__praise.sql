-- The community's workers by name, from the registry's worker events: a praise naming one is
-- credited to them.
CREATE TABLE worker_name (
    worker_id      VARCHAR(64) PRIMARY KEY,
    community_code VARCHAR(12) NOT NULL,
    name           VARCHAR(50) NOT NULL
);
CREATE INDEX worker_name_community ON worker_name (community_code);

-- 表扬: each praise credited to its community and, when the text names one, to the worker praised.
CREATE TABLE praise (
    call_id        UUID PRIMARY KEY REFERENCES call (id),
    community_code VARCHAR(12) NOT NULL,
    worker_id      VARCHAR(64),
    worker_name    VARCHAR(50),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX praise_community_received_at ON praise (community_code, received_at);
