-- Rebuilds of the statistics' roll-ups, asked for by an administrator and run in the background:
-- at a year of a big city's volume one takes longer than an HTTP request may stay open.
-- A row is written once its rebuild holds the rebuild lock; one never finished and no longer
-- holding that lock stopped (its replica died or the rebuild failed).
CREATE TABLE statistics_rebuild (
    id                bigserial PRIMARY KEY,
    requested_by      text        NOT NULL,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    community_periods integer,
    failure           text
);
