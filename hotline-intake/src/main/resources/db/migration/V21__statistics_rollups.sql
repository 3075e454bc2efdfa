-- Monthly roll-ups of the statistics, so a long range sums a few rows per place and month instead
-- of scanning every ticket. They are kept by triggers on call_tally and ticket_fact: in the same
-- transaction and statement as the consumer's change to the fact, so they are exactly as
-- idempotent as the consumers are. docs/statistics.md says what they hold and how precise they are.

-- Consultations answered on the call from the knowledge base (first-contact resolution).
ALTER TABLE call_tally ADD COLUMN answered_on_call INTEGER NOT NULL DEFAULT 0;

-- Open tickets are few, so "unresolved and past its deadline now" is counted from the facts.
CREATE INDEX ticket_fact_unresolved ON ticket_fact (day) WHERE resolved_at IS NULL;

-- Every roll-up row is kept at each level a community belongs to: the community itself, its
-- street, district and city (level and code, as community_view places it when the fact is recorded).
CREATE TABLE call_rollup (
    level            VARCHAR(10) NOT NULL,
    place_code       VARCHAR(12) NOT NULL,
    month            DATE        NOT NULL,
    type             VARCHAR(15) NOT NULL,
    category         VARCHAR(20) NOT NULL,
    calls            BIGINT      NOT NULL,
    answered_on_call BIGINT      NOT NULL,
    PRIMARY KEY (level, place_code, month, type, category)
);

CREATE TABLE ticket_rollup (
    level            VARCHAR(10) NOT NULL,
    place_code       VARCHAR(12) NOT NULL,
    month            DATE        NOT NULL,
    opened           BIGINT      NOT NULL,
    dispatched       BIGINT      NOT NULL,
    accepted_in_time BIGINT      NOT NULL,
    accepted         BIGINT      NOT NULL,
    accept_seconds   NUMERIC     NOT NULL,
    resolved         BIGINT      NOT NULL,
    resolve_seconds  NUMERIC     NOT NULL,
    resolved_late    BIGINT      NOT NULL,
    closed           BIGINT      NOT NULL,
    reopened         BIGINT      NOT NULL,
    followed_up      BIGINT      NOT NULL,
    solved           BIGINT      NOT NULL,
    satisfied        BIGINT      NOT NULL,
    PRIMARY KEY (level, place_code, month)
);

-- How long tickets took, as a histogram: tickets[i] is the number of tickets whose duration fell in
-- bucket i (see duration_bucket). One array per month, place and measure, so a place's month is one
-- row to read however its tickets spread.
CREATE TABLE ticket_duration_rollup (
    level      VARCHAR(10) NOT NULL,
    place_code VARCHAR(12) NOT NULL,
    month      DATE        NOT NULL,
    measure    VARCHAR(7)  NOT NULL, -- ACCEPT (call to acceptance) or RESOLVE (call to resolution)
    tickets    BIGINT[]    NOT NULL,
    PRIMARY KEY (level, place_code, month, measure)
);

-- The bucket of a duration, numbered from 1: buckets 1 to 60 are the minutes of the first hour,
-- 61 to 96 five minutes each up to 4 hours, 97 to 184 half an hour each up to 2 days, then 2 hours
-- each (DurationHistogram names them by their upper bound). A single expression, so PostgreSQL
-- inlines it into the queries that bucket millions of tickets.
CREATE FUNCTION duration_bucket(seconds NUMERIC) RETURNS INTEGER IMMUTABLE LANGUAGE sql AS $$
    SELECT CASE
        WHEN seconds < 3600 THEN 1 + floor(greatest(seconds, 0) / 60)::int
        WHEN seconds < 14400 THEN 61 + floor((seconds - 3600) / 300)::int
        WHEN seconds < 172800 THEN 97 + floor((seconds - 14400) / 1800)::int
        ELSE 185 + floor((seconds - 172800) / 7200)::int
    END
$$;

-- The histogram plus times the other one, bucket by bucket, grown with empty buckets as needed.
CREATE FUNCTION histogram_plus(histogram BIGINT[], other BIGINT[], times INTEGER) RETURNS BIGINT[]
IMMUTABLE LANGUAGE plpgsql AS $$
DECLARE
    size    INTEGER := coalesce(array_length(histogram, 1), 0);
    needed  INTEGER := coalesce(array_length(other, 1), 0);
BEGIN
    IF needed > size THEN
        histogram := coalesce(histogram, '{}') || array_fill(0::bigint, ARRAY[needed - size]);
    END IF;
    FOR i IN 1 .. needed LOOP
        histogram[i] := histogram[i] + times * other[i];
    END LOOP;
    RETURN histogram;
END
$$;

-- The histogram with the given tickets more in one bucket (fewer when negative), grown as needed.
CREATE FUNCTION histogram_add(histogram BIGINT[], bucket INTEGER, tickets BIGINT) RETURNS BIGINT[]
IMMUTABLE LANGUAGE plpgsql AS $$
DECLARE
    size INTEGER := coalesce(array_length(histogram, 1), 0);
BEGIN
    IF bucket > size THEN
        histogram := coalesce(histogram, '{}') || array_fill(0::bigint, ARRAY[bucket - size]);
    END IF;
    histogram[bucket] := histogram[bucket] + tickets;
    RETURN histogram;
END
$$;

-- A histogram holding the given count in each given bucket.
CREATE FUNCTION histogram_of(buckets INTEGER[], counts BIGINT[]) RETURNS BIGINT[] IMMUTABLE LANGUAGE plpgsql AS $$
DECLARE
    histogram BIGINT[] := array_fill(0::bigint, ARRAY[(SELECT max(b) FROM unnest(buckets) AS b)]);
BEGIN
    FOR i IN 1 .. array_length(buckets, 1) LOOP
        histogram[buckets[i]] := histogram[buckets[i]] + counts[i];
    END LOOP;
    RETURN histogram;
END
$$;

CREATE FUNCTION histogram_merge(state BIGINT[], histogram BIGINT[]) RETURNS BIGINT[] IMMUTABLE LANGUAGE sql AS $$
    SELECT histogram_plus(state, histogram, 1)
$$;

CREATE AGGREGATE histogram_sum(BIGINT[]) (SFUNC = histogram_merge, STYPE = BIGINT[]);

-- The places a community's figures are rolled up to.
CREATE FUNCTION statistics_places(community VARCHAR) RETURNS TABLE (level VARCHAR, code VARCHAR)
STABLE LANGUAGE sql AS $$
    SELECT 'COMMUNITY', community
    UNION ALL
    SELECT up.level, up.code
    FROM community_view cv,
         LATERAL (VALUES ('STREET', cv.street_code), ('DISTRICT', cv.district_code), ('CITY', cv.city_code))
             AS up (level, code)
    WHERE cv.code = community AND up.code IS NOT NULL
$$;

CREATE FUNCTION call_tally_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    added_calls    BIGINT := NEW.calls - CASE WHEN TG_OP = 'UPDATE' THEN OLD.calls ELSE 0 END;
    added_answered BIGINT := NEW.answered_on_call - CASE WHEN TG_OP = 'UPDATE' THEN OLD.answered_on_call ELSE 0 END;
BEGIN
    INSERT INTO call_rollup AS r (level, place_code, month, type, category, calls, answered_on_call)
    SELECT p.level, p.code, date_trunc('month', NEW.day)::date, NEW.type, NEW.category, added_calls, added_answered
    FROM statistics_places(NEW.community_code) p
    ON CONFLICT (level, place_code, month, type, category) DO UPDATE
        SET calls = r.calls + excluded.calls, answered_on_call = r.answered_on_call + excluded.answered_on_call;
    RETURN NULL;
END
$$;

CREATE TRIGGER call_tally_rolled_up AFTER INSERT OR UPDATE ON call_tally
    FOR EACH ROW EXECUTE FUNCTION call_tally_rolled_up();

-- Adds (direction 1) or takes away (direction -1) what one ticket's row counts for in the roll-ups:
-- its counts, and its durations of the given measures.
CREATE FUNCTION ticket_rollup_add(f ticket_fact, direction INTEGER, measures VARCHAR[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    duration RECORD;
    bucket   INTEGER;
BEGIN
    INSERT INTO ticket_rollup AS r (level, place_code, month, opened, dispatched, accepted_in_time, accepted,
                                    accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                    followed_up, solved, satisfied)
    SELECT p.level, p.code, date_trunc('month', f.day)::date, direction,
           direction * (f.dispatched_at IS NOT NULL)::int,
           direction * coalesce(f.accepted_at <= f.accept_by, false)::int,
           direction * (f.accepted_at IS NOT NULL)::int,
           direction * coalesce(extract(epoch FROM f.accepted_at - f.opened_at), 0),
           direction * (f.resolved_at IS NOT NULL)::int,
           direction * coalesce(extract(epoch FROM f.resolved_at - f.opened_at), 0),
           direction * coalesce(f.resolved_at > f.resolve_by, false)::int,
           direction * (f.closed_at IS NOT NULL)::int,
           direction * f.reopened,
           direction * (f.followed_up_at IS NOT NULL)::int,
           direction * coalesce(f.solved, false)::int,
           direction * coalesce(f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'), false)::int
    FROM statistics_places(f.community_code) p
    ON CONFLICT (level, place_code, month) DO UPDATE SET
        opened = r.opened + excluded.opened,
        dispatched = r.dispatched + excluded.dispatched,
        accepted_in_time = r.accepted_in_time + excluded.accepted_in_time,
        accepted = r.accepted + excluded.accepted,
        accept_seconds = r.accept_seconds + excluded.accept_seconds,
        resolved = r.resolved + excluded.resolved,
        resolve_seconds = r.resolve_seconds + excluded.resolve_seconds,
        resolved_late = r.resolved_late + excluded.resolved_late,
        closed = r.closed + excluded.closed,
        reopened = r.reopened + excluded.reopened,
        followed_up = r.followed_up + excluded.followed_up,
        solved = r.solved + excluded.solved,
        satisfied = r.satisfied + excluded.satisfied;

    FOR duration IN
        SELECT * FROM (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                              ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at))) AS d (measure, seconds)
        WHERE d.seconds IS NOT NULL AND d.measure = ANY (measures)
    LOOP
        bucket := duration_bucket(duration.seconds);
        INSERT INTO ticket_duration_rollup AS r (level, place_code, month, measure, tickets)
        SELECT p.level, p.code, date_trunc('month', f.day)::date, duration.measure,
               histogram_add(NULL, bucket, direction)
        FROM statistics_places(f.community_code) p
        ON CONFLICT (level, place_code, month, measure) DO UPDATE
            SET tickets = histogram_add(r.tickets, bucket, direction);
    END LOOP;
END
$$;

-- A changed ticket takes back what its old row counted and adds what the new one counts. Its
-- histograms are touched only when a duration moved to another bucket, month or place: most steps
-- (a follow-up, a close) change counts only.
CREATE FUNCTION ticket_fact_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    measures VARCHAR[] := ARRAY['ACCEPT', 'RESOLVE'];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.community_code = NEW.community_code
            AND date_trunc('month', OLD.day) = date_trunc('month', NEW.day) THEN
        measures := '{}';
        IF duration_bucket(extract(epoch FROM OLD.accepted_at - OLD.opened_at))
                IS DISTINCT FROM duration_bucket(extract(epoch FROM NEW.accepted_at - NEW.opened_at)) THEN
            measures := measures || 'ACCEPT'::varchar;
        END IF;
        IF duration_bucket(extract(epoch FROM OLD.resolved_at - OLD.opened_at))
                IS DISTINCT FROM duration_bucket(extract(epoch FROM NEW.resolved_at - NEW.opened_at)) THEN
            measures := measures || 'RESOLVE'::varchar;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM ticket_rollup_add(OLD, -1, measures);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM ticket_rollup_add(NEW, 1, measures);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER ticket_fact_rolled_up AFTER INSERT OR UPDATE OR DELETE ON ticket_fact
    FOR EACH ROW EXECUTE FUNCTION ticket_fact_rolled_up();

-- Adds (direction 1) or takes away (direction -1) a community's roll-ups to or from the places above it.
CREATE FUNCTION community_rollup_carry(community VARCHAR, street VARCHAR, district VARCHAR, city VARCHAR,
                                       direction INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO call_rollup AS r (level, place_code, month, type, category, calls, answered_on_call)
    SELECT up.level, up.code, c.month, c.type, c.category, direction * c.calls, direction * c.answered_on_call
    FROM call_rollup c, (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE c.level = 'COMMUNITY' AND c.place_code = community AND up.code IS NOT NULL
    ON CONFLICT (level, place_code, month, type, category) DO UPDATE
        SET calls = r.calls + excluded.calls, answered_on_call = r.answered_on_call + excluded.answered_on_call;

    INSERT INTO ticket_rollup AS r (level, place_code, month, opened, dispatched, accepted_in_time, accepted,
                                    accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                    followed_up, solved, satisfied)
    SELECT up.level, up.code, c.month, direction * c.opened, direction * c.dispatched,
           direction * c.accepted_in_time, direction * c.accepted, direction * c.accept_seconds,
           direction * c.resolved, direction * c.resolve_seconds, direction * c.resolved_late, direction * c.closed,
           direction * c.reopened, direction * c.followed_up, direction * c.solved, direction * c.satisfied
    FROM ticket_rollup c, (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE c.level = 'COMMUNITY' AND c.place_code = community AND up.code IS NOT NULL
    ON CONFLICT (level, place_code, month) DO UPDATE SET
        opened = r.opened + excluded.opened,
        dispatched = r.dispatched + excluded.dispatched,
        accepted_in_time = r.accepted_in_time + excluded.accepted_in_time,
        accepted = r.accepted + excluded.accepted,
        accept_seconds = r.accept_seconds + excluded.accept_seconds,
        resolved = r.resolved + excluded.resolved,
        resolve_seconds = r.resolve_seconds + excluded.resolve_seconds,
        resolved_late = r.resolved_late + excluded.resolved_late,
        closed = r.closed + excluded.closed,
        reopened = r.reopened + excluded.reopened,
        followed_up = r.followed_up + excluded.followed_up,
        solved = r.solved + excluded.solved,
        satisfied = r.satisfied + excluded.satisfied;

    INSERT INTO ticket_duration_rollup AS r (level, place_code, month, measure, tickets)
    SELECT up.level, up.code, c.month, c.measure, histogram_plus(NULL, c.tickets, direction)
    FROM ticket_duration_rollup c,
         (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE c.level = 'COMMUNITY' AND c.place_code = community AND up.code IS NOT NULL
    ON CONFLICT (level, place_code, month, measure) DO UPDATE SET tickets = histogram_plus(r.tickets, excluded.tickets, 1);
END
$$;

-- Facts recorded before the registry's event placed their community (the consumers race), or a
-- community moved to another street: its roll-ups are carried to the places it now lies in.
CREATE FUNCTION community_view_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.street_code, OLD.district_code, OLD.city_code)
            IS NOT DISTINCT FROM (NEW.street_code, NEW.district_code, NEW.city_code) THEN
        RETURN NULL;
    END IF;
    -- A consumer recording a fact of this community now has read the old places: wait for it.
    LOCK TABLE call_tally, ticket_fact IN SHARE MODE;
    IF TG_OP = 'UPDATE' THEN
        PERFORM community_rollup_carry(OLD.code, OLD.street_code, OLD.district_code, OLD.city_code, -1);
    END IF;
    PERFORM community_rollup_carry(NEW.code, NEW.street_code, NEW.district_code, NEW.city_code, 1);
    RETURN NULL;
END
$$;

CREATE TRIGGER community_view_rolled_up AFTER INSERT OR UPDATE ON community_view
    FOR EACH ROW EXECUTE FUNCTION community_view_rolled_up();

-- Rebuilds every roll-up from the facts (after a bulk load with the triggers disabled, or to
-- re-place communities that moved): each community's months first, then their places above.
CREATE FUNCTION statistics_rollup_rebuild() RETURNS VOID LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    -- The consumers wait until the roll-ups are rebuilt, so none of their changes is lost or counted twice.
    LOCK TABLE call_tally, ticket_fact IN SHARE MODE;
    DELETE FROM call_rollup;
    DELETE FROM ticket_rollup;
    DELETE FROM ticket_duration_rollup;

    INSERT INTO call_rollup (level, place_code, month, type, category, calls, answered_on_call)
    SELECT 'COMMUNITY', community_code, date_trunc('month', day)::date, type, category, sum(calls),
           sum(answered_on_call)
    FROM call_tally GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO ticket_rollup (level, place_code, month, opened, dispatched, accepted_in_time, accepted,
                               accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                               followed_up, solved, satisfied)
    SELECT 'COMMUNITY', community_code, date_trunc('month', day)::date, count(*), count(dispatched_at),
           count(*) FILTER (WHERE accepted_at <= accept_by), count(accepted_at),
           coalesce(sum(extract(epoch FROM accepted_at - opened_at)), 0), count(resolved_at),
           coalesce(sum(extract(epoch FROM resolved_at - opened_at)), 0),
           count(*) FILTER (WHERE resolved_at > resolve_by), count(closed_at), sum(reopened),
           count(followed_up_at), count(*) FILTER (WHERE solved),
           count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))
    FROM ticket_fact GROUP BY 1, 2, 3;

    INSERT INTO ticket_duration_rollup (level, place_code, month, measure, tickets)
    SELECT 'COMMUNITY', community_code, month, measure, histogram_of(array_agg(bucket), array_agg(tickets))
    FROM (SELECT f.community_code, date_trunc('month', f.day)::date AS month, d.measure,
                 duration_bucket(d.seconds) AS bucket, count(*) AS tickets
          FROM ticket_fact f,
               LATERAL (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                               ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at))) AS d (measure, seconds)
          WHERE d.seconds IS NOT NULL
          GROUP BY 1, 2, 3, 4) AS counted
    GROUP BY 1, 2, 3, 4;

    INSERT INTO call_rollup (level, place_code, month, type, category, calls, answered_on_call)
    SELECT up.level, up.code, r.month, r.type, r.category, sum(r.calls), sum(r.answered_on_call)
    FROM call_rollup r JOIN community_view cv ON cv.code = r.place_code,
         LATERAL (VALUES ('STREET', cv.street_code), ('DISTRICT', cv.district_code), ('CITY', cv.city_code))
             AS up (level, code)
    WHERE r.level = 'COMMUNITY' AND up.code IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;

    INSERT INTO ticket_rollup (level, place_code, month, opened, dispatched, accepted_in_time, accepted,
                               accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                               followed_up, solved, satisfied)
    SELECT up.level, up.code, r.month, sum(r.opened), sum(r.dispatched), sum(r.accepted_in_time), sum(r.accepted),
           sum(r.accept_seconds), sum(r.resolved), sum(r.resolve_seconds), sum(r.resolved_late), sum(r.closed),
           sum(r.reopened), sum(r.followed_up), sum(r.solved), sum(r.satisfied)
    FROM ticket_rollup r JOIN community_view cv ON cv.code = r.place_code,
         LATERAL (VALUES ('STREET', cv.street_code), ('DISTRICT', cv.district_code), ('CITY', cv.city_code))
             AS up (level, code)
    WHERE r.level = 'COMMUNITY' AND up.code IS NOT NULL
    GROUP BY 1, 2, 3;

    INSERT INTO ticket_duration_rollup (level, place_code, month, measure, tickets)
    SELECT up.level, up.code, r.month, r.measure, histogram_sum(r.tickets)
    FROM ticket_duration_rollup r JOIN community_view cv ON cv.code = r.place_code,
         LATERAL (VALUES ('STREET', cv.street_code), ('DISTRICT', cv.district_code), ('CITY', cv.city_code))
             AS up (level, code)
    WHERE r.level = 'COMMUNITY' AND up.code IS NOT NULL
    GROUP BY 1, 2, 3, 4;
END
$$;

SELECT statistics_rollup_rebuild();
