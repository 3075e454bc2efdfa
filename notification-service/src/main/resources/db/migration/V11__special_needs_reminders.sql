-- 特殊人群需求保障清单: a resident's standing needs as the registry announces them (kind, days, time,
-- place, the day medicine runs out), which the service reminds the resident of.
ALTER TABLE resident ADD COLUMN needs JSONB NOT NULL DEFAULT '[]';

-- A reminder to one resident about one need is a broadcast to that resident alone.
ALTER TABLE broadcast ADD COLUMN target_resident_id VARCHAR(64);

-- One reminder per resident, need and occasion (the day of the dialysis session, the day the medicine
-- runs out), however many replicas look and however often the service restarts: the scheduler
-- inserts here first, and a duplicate key means another got there before it.
CREATE TABLE reminder (
    resident_id  VARCHAR(64) NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    occasion     DATE        NOT NULL,
    -- The broadcast is written after the key is won, in the same transaction.
    broadcast_id UUID        NOT NULL REFERENCES broadcast (id) DEFERRABLE INITIALLY DEFERRED,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resident_id, kind, occasion)
);
