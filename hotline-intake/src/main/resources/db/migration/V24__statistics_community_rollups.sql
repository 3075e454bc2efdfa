-- Statistics roll-ups per community only, kept off the consumers' path (docs/statistics.md).
--
-- The consumers now write only their facts (call_tally, ticket_fact); a trigger marks the
-- (community, day) each change touches in statistics_change, and a fold run by one replica at a time
-- (StatisticsFold) recomputes the community's day, ISO week and month from their facts. A place above
-- a community is the sum of its communities' rows, grouped through community_view when asked, so no
-- row is shared by the communities of a street, district or city and a community moving street needs
-- nothing. The V21/V23 triggers and their street, district and city roll-ups go.

DROP TRIGGER call_tally_rolled_up ON call_tally;
DROP TRIGGER ticket_fact_rolled_up ON ticket_fact;
DROP TRIGGER community_view_rolled_up ON community_view;
DROP FUNCTION statistics_rollup_rebuild();
DROP FUNCTION statistics_monthly_rollup_rebuild();
DROP FUNCTION statistics_daily_rollup_rebuild();
DROP FUNCTION community_view_rolled_up();
DROP FUNCTION community_daily_carry(VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER);
DROP FUNCTION community_rollup_carry(VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER);
DROP FUNCTION ticket_fact_rolled_up();
DROP FUNCTION ticket_rollup_add(ticket_fact, INTEGER, VARCHAR[]);
DROP FUNCTION ticket_counts(ticket_fact, INTEGER);
DROP FUNCTION call_tally_rolled_up();
DROP FUNCTION statistics_places(VARCHAR);
DROP AGGREGATE histogram_sum(BIGINT[]);
DROP FUNCTION histogram_merge(BIGINT[], BIGINT[]);
DROP FUNCTION histogram_add(BIGINT[], INTEGER, BIGINT);
DROP FUNCTION histogram_plus(BIGINT[], BIGINT[], INTEGER);
DROP FUNCTION histogram_of(INTEGER[], BIGINT[]);
DROP TABLE call_rollup, ticket_rollup, ticket_duration_rollup,
           call_daily_rollup, ticket_daily_rollup, ticket_duration_daily_rollup;

-- A ticket withdrawn by a classification correction (hotline.ticket.cancelled) counts in no figure.
ALTER TABLE ticket_fact ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;

-- One row per community, grain and period: a city's week is a row per community, its year twelve.
-- Calls are counted in arrays indexed by the position of the type or category in CallType and
-- Category (1-based; StatisticsColumns writes and reads them); a value added at the end of either
-- makes the new rows longer and reads as 0 in the old ones.
CREATE TABLE community_statistics (
    grain              VARCHAR(5)  NOT NULL, -- DAY, WEEK (ISO, from Monday) or MONTH
    period             DATE        NOT NULL, -- the period's first day
    community_code     VARCHAR(12) NOT NULL,
    calls_by_type      BIGINT[]    NOT NULL,
    calls_by_category  BIGINT[]    NOT NULL,
    praise_by_category BIGINT[]    NOT NULL, -- for the trends, which leave praise out
    answered_on_call   BIGINT      NOT NULL,
    opened             BIGINT      NOT NULL,
    dispatched         BIGINT      NOT NULL,
    accepted_in_time   BIGINT      NOT NULL,
    accepted           BIGINT      NOT NULL,
    accept_seconds     NUMERIC     NOT NULL,
    resolved           BIGINT      NOT NULL,
    resolve_seconds    NUMERIC     NOT NULL,
    resolved_late      BIGINT      NOT NULL,
    closed             BIGINT      NOT NULL,
    reopened           BIGINT      NOT NULL,
    followed_up        BIGINT      NOT NULL,
    solved             BIGINT      NOT NULL,
    satisfied          BIGINT      NOT NULL,
    -- The exact nearest-rank p90 of this community and period (percentile_disc), null without tickets.
    accept_p90_seconds  NUMERIC,
    resolve_p90_seconds NUMERIC,
    -- How long the tickets took, as sparse histograms: the buckets (duration_bucket, V21) holding
    -- tickets, ascending, and how many each holds. A community's week has a few dozen tickets, so a
    -- few dozen pairs, where a dense array would hold every bucket up to the longest duration.
    accept_buckets      INTEGER[]  NOT NULL,
    accept_tickets      BIGINT[]   NOT NULL,
    resolve_buckets     INTEGER[]  NOT NULL,
    resolve_tickets     BIGINT[]   NOT NULL,
    PRIMARY KEY (grain, period, community_code)
);

-- The (community, day)s whose roll-ups are behind their facts. changed is renewed by every change,
-- so the fold clears a mark only if it still holds the value the fold read (no change is lost).
CREATE SEQUENCE statistics_change_sequence;
CREATE TABLE statistics_change (
    community_code VARCHAR(12) NOT NULL,
    day            DATE        NOT NULL,
    changed        BIGINT      NOT NULL,
    PRIMARY KEY (community_code, day)
);
CREATE INDEX statistics_change_oldest ON statistics_change (changed);

CREATE FUNCTION statistics_change_marked() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO statistics_change AS c (community_code, day, changed)
        VALUES (OLD.community_code, OLD.day, nextval('statistics_change_sequence'))
        ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE')
            AND (TG_OP = 'INSERT' OR (OLD.community_code, OLD.day) IS DISTINCT FROM (NEW.community_code, NEW.day)) THEN
        INSERT INTO statistics_change AS c (community_code, day, changed)
        VALUES (NEW.community_code, NEW.day, nextval('statistics_change_sequence'))
        ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER call_tally_change_marked AFTER INSERT OR UPDATE OR DELETE ON call_tally
    FOR EACH ROW EXECUTE FUNCTION statistics_change_marked();
CREATE TRIGGER ticket_fact_change_marked AFTER INSERT OR UPDATE OR DELETE ON ticket_fact
    FOR EACH ROW EXECUTE FUNCTION statistics_change_marked();

-- Every existing fact is to be folded: the first fold (or a rebuild) fills the new roll-ups.
INSERT INTO statistics_change (community_code, day, changed)
SELECT community_code, day, nextval('statistics_change_sequence')
FROM (SELECT community_code, day FROM call_tally UNION SELECT community_code, day FROM ticket_fact) AS facts;
