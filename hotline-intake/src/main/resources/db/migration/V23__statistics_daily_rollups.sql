-- Daily roll-ups of the statistics for the places above a community (street, district, city), so a
-- week, or the days of a range outside its whole months, sums at most a month of rows per place
-- instead of every ticket of those days. Kept by the same triggers as the monthly roll-ups (V21),
-- in the same statement. A community's own days are its facts, read through the indexes below:
-- a community has a handful of tallies and tickets a day, fewer rows than a roll-up would hold.

CREATE INDEX call_tally_community_day ON call_tally (community_code, day);
CREATE INDEX ticket_fact_community_day ON ticket_fact (community_code, day);

CREATE TABLE call_daily_rollup (
    level            VARCHAR(10) NOT NULL,
    place_code       VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
    type             VARCHAR(15) NOT NULL,
    category         VARCHAR(20) NOT NULL,
    calls            BIGINT      NOT NULL,
    answered_on_call BIGINT      NOT NULL,
    PRIMARY KEY (level, place_code, day, type, category)
);

CREATE TABLE ticket_daily_rollup (
    level            VARCHAR(10) NOT NULL,
    place_code       VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
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
    PRIMARY KEY (level, place_code, day)
);

-- The same histograms as ticket_duration_rollup, per day.
CREATE TABLE ticket_duration_daily_rollup (
    level      VARCHAR(10) NOT NULL,
    place_code VARCHAR(12) NOT NULL,
    day        DATE        NOT NULL,
    measure    VARCHAR(7)  NOT NULL,
    tickets    BIGINT[]    NOT NULL,
    PRIMARY KEY (level, place_code, day, measure)
);

CREATE OR REPLACE FUNCTION call_tally_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    added_calls    BIGINT := NEW.calls - CASE WHEN TG_OP = 'UPDATE' THEN OLD.calls ELSE 0 END;
    added_answered BIGINT := NEW.answered_on_call - CASE WHEN TG_OP = 'UPDATE' THEN OLD.answered_on_call ELSE 0 END;
BEGIN
    INSERT INTO call_rollup AS r (level, place_code, month, type, category, calls, answered_on_call)
    SELECT p.level, p.code, date_trunc('month', NEW.day)::date, NEW.type, NEW.category, added_calls, added_answered
    FROM statistics_places(NEW.community_code) p
    ON CONFLICT (level, place_code, month, type, category) DO UPDATE
        SET calls = r.calls + excluded.calls, answered_on_call = r.answered_on_call + excluded.answered_on_call;

    INSERT INTO call_daily_rollup AS r (level, place_code, day, type, category, calls, answered_on_call)
    SELECT p.level, p.code, NEW.day, NEW.type, NEW.category, added_calls, added_answered
    FROM statistics_places(NEW.community_code) p
    WHERE p.level <> 'COMMUNITY'
    ON CONFLICT (level, place_code, day, type, category) DO UPDATE
        SET calls = r.calls + excluded.calls, answered_on_call = r.answered_on_call + excluded.answered_on_call;
    RETURN NULL;
END
$$;

-- What one ticket's row counts for in each roll-up: 1 or 0 per count, seconds for the sums, times
-- the direction (1 to add, -1 to take back).
CREATE FUNCTION ticket_counts(f ticket_fact, direction INTEGER)
RETURNS TABLE (opened BIGINT, dispatched BIGINT, accepted_in_time BIGINT, accepted BIGINT, accept_seconds NUMERIC,
               resolved BIGINT, resolve_seconds NUMERIC, resolved_late BIGINT, closed BIGINT, reopened BIGINT,
               followed_up BIGINT, solved BIGINT, satisfied BIGINT)
IMMUTABLE LANGUAGE sql AS $$
    SELECT direction::bigint,
           (direction * (f.dispatched_at IS NOT NULL)::int)::bigint,
           (direction * coalesce(f.accepted_at <= f.accept_by, false)::int)::bigint,
           (direction * (f.accepted_at IS NOT NULL)::int)::bigint,
           (direction * coalesce(extract(epoch FROM f.accepted_at - f.opened_at), 0))::numeric,
           (direction * (f.resolved_at IS NOT NULL)::int)::bigint,
           (direction * coalesce(extract(epoch FROM f.resolved_at - f.opened_at), 0))::numeric,
           (direction * coalesce(f.resolved_at > f.resolve_by, false)::int)::bigint,
           (direction * (f.closed_at IS NOT NULL)::int)::bigint,
           (direction * f.reopened)::bigint,
           (direction * (f.followed_up_at IS NOT NULL)::int)::bigint,
           (direction * coalesce(f.solved, false)::int)::bigint,
           (direction * coalesce(f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'), false)::int)::bigint
$$;

CREATE OR REPLACE FUNCTION ticket_rollup_add(f ticket_fact, direction INTEGER, measures VARCHAR[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
    duration RECORD;
    bucket   INTEGER;
BEGIN
    INSERT INTO ticket_rollup AS r (level, place_code, month, opened, dispatched, accepted_in_time, accepted,
                                    accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                    followed_up, solved, satisfied)
    SELECT p.level, p.code, date_trunc('month', f.day)::date, c.*
    FROM statistics_places(f.community_code) p, ticket_counts(f, direction) c
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

    INSERT INTO ticket_daily_rollup AS r (level, place_code, day, opened, dispatched, accepted_in_time, accepted,
                                          accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                          followed_up, solved, satisfied)
    SELECT p.level, p.code, f.day, c.*
    FROM statistics_places(f.community_code) p, ticket_counts(f, direction) c
    WHERE p.level <> 'COMMUNITY'
    ON CONFLICT (level, place_code, day) DO UPDATE SET
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

        INSERT INTO ticket_duration_daily_rollup AS r (level, place_code, day, measure, tickets)
        SELECT p.level, p.code, f.day, duration.measure, histogram_add(NULL, bucket, direction)
        FROM statistics_places(f.community_code) p
        WHERE p.level <> 'COMMUNITY'
        ON CONFLICT (level, place_code, day, measure) DO UPDATE
            SET tickets = histogram_add(r.tickets, bucket, direction);
    END LOOP;
END
$$;

-- As in V21, but a duration moving to another day now moves between daily histograms too.
CREATE OR REPLACE FUNCTION ticket_fact_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    measures VARCHAR[] := ARRAY['ACCEPT', 'RESOLVE'];
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.community_code = NEW.community_code AND OLD.day = NEW.day THEN
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

-- Adds (direction 1) or takes away (direction -1) a community's days to or from the daily roll-ups
-- of the given places, counted from its facts (the daily roll-ups keep no community level).
CREATE FUNCTION community_daily_carry(community VARCHAR, street VARCHAR, district VARCHAR, city VARCHAR,
                                      direction INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO call_daily_rollup AS r (level, place_code, day, type, category, calls, answered_on_call)
    SELECT up.level, up.code, t.day, t.type, t.category, direction * t.calls, direction * t.answered_on_call
    FROM call_tally t, (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE t.community_code = community AND up.code IS NOT NULL
    ON CONFLICT (level, place_code, day, type, category) DO UPDATE
        SET calls = r.calls + excluded.calls, answered_on_call = r.answered_on_call + excluded.answered_on_call;

    INSERT INTO ticket_daily_rollup AS r (level, place_code, day, opened, dispatched, accepted_in_time, accepted,
                                          accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                          followed_up, solved, satisfied)
    SELECT up.level, up.code, f.day, sum(c.opened), sum(c.dispatched), sum(c.accepted_in_time), sum(c.accepted),
           sum(c.accept_seconds), sum(c.resolved), sum(c.resolve_seconds), sum(c.resolved_late), sum(c.closed),
           sum(c.reopened), sum(c.followed_up), sum(c.solved), sum(c.satisfied)
    FROM ticket_fact f, ticket_counts(f, direction) c,
         (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE f.community_code = community AND up.code IS NOT NULL
    GROUP BY 1, 2, 3
    ON CONFLICT (level, place_code, day) DO UPDATE SET
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

    INSERT INTO ticket_duration_daily_rollup AS r (level, place_code, day, measure, tickets)
    SELECT up.level, up.code, counted.day, counted.measure,
           histogram_plus(NULL, histogram_of(array_agg(counted.bucket), array_agg(counted.tickets)), direction)
    FROM (SELECT f.day, d.measure, duration_bucket(d.seconds) AS bucket, count(*) AS tickets
          FROM ticket_fact f,
               LATERAL (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                               ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at))) AS d (measure, seconds)
          WHERE f.community_code = community AND d.seconds IS NOT NULL
          GROUP BY 1, 2, 3) AS counted,
         (VALUES ('STREET', street), ('DISTRICT', district), ('CITY', city)) AS up (level, code)
    WHERE up.code IS NOT NULL
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (level, place_code, day, measure) DO UPDATE SET tickets = histogram_plus(r.tickets, excluded.tickets, 1);
END
$$;

CREATE OR REPLACE FUNCTION community_view_rolled_up() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.street_code, OLD.district_code, OLD.city_code)
            IS NOT DISTINCT FROM (NEW.street_code, NEW.district_code, NEW.city_code) THEN
        RETURN NULL;
    END IF;
    -- A consumer recording a fact of this community now has read the old places: wait for it.
    LOCK TABLE call_tally, ticket_fact IN SHARE MODE;
    IF TG_OP = 'UPDATE' THEN
        PERFORM community_rollup_carry(OLD.code, OLD.street_code, OLD.district_code, OLD.city_code, -1);
        PERFORM community_daily_carry(OLD.code, OLD.street_code, OLD.district_code, OLD.city_code, -1);
    END IF;
    PERFORM community_rollup_carry(NEW.code, NEW.street_code, NEW.district_code, NEW.city_code, 1);
    PERFORM community_daily_carry(NEW.code, NEW.street_code, NEW.district_code, NEW.city_code, 1);
    RETURN NULL;
END
$$;

-- Rebuilds the daily roll-ups from the facts: each street's, district's and city's days at once,
-- grouped first by the places a community lies in (a street normally lies in one district).
CREATE FUNCTION statistics_daily_rollup_rebuild() RETURNS VOID LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM call_daily_rollup;
    DELETE FROM ticket_daily_rollup;
    DELETE FROM ticket_duration_daily_rollup;

    CREATE TEMPORARY TABLE places_calls ON COMMIT DROP AS
    SELECT cv.street_code, cv.district_code, cv.city_code, t.day, t.type, t.category,
           sum(t.calls) AS calls, sum(t.answered_on_call) AS answered_on_call
    FROM call_tally t JOIN community_view cv ON cv.code = t.community_code
    GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO call_daily_rollup (level, place_code, day, type, category, calls, answered_on_call)
    SELECT up.level, up.code, t.day, t.type, t.category, sum(t.calls), sum(t.answered_on_call)
    FROM places_calls t,
         LATERAL (VALUES ('STREET', t.street_code), ('DISTRICT', t.district_code), ('CITY', t.city_code))
             AS up (level, code)
    WHERE up.code IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5;
    DROP TABLE places_calls;

    CREATE TEMPORARY TABLE places_tickets ON COMMIT DROP AS
    SELECT cv.street_code, cv.district_code, cv.city_code, f.day, count(*) AS opened,
           count(dispatched_at) AS dispatched, count(*) FILTER (WHERE accepted_at <= accept_by) AS accepted_in_time,
           count(accepted_at) AS accepted, coalesce(sum(extract(epoch FROM accepted_at - opened_at)), 0) AS accept_seconds,
           count(resolved_at) AS resolved, coalesce(sum(extract(epoch FROM resolved_at - opened_at)), 0) AS resolve_seconds,
           count(*) FILTER (WHERE resolved_at > resolve_by) AS resolved_late, count(closed_at) AS closed,
           sum(reopened) AS reopened, count(followed_up_at) AS followed_up, count(*) FILTER (WHERE solved) AS solved,
           count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied
    FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code
    GROUP BY 1, 2, 3, 4;
    INSERT INTO ticket_daily_rollup (level, place_code, day, opened, dispatched, accepted_in_time, accepted,
                                     accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
                                     followed_up, solved, satisfied)
    SELECT up.level, up.code, t.day, sum(t.opened), sum(t.dispatched), sum(t.accepted_in_time), sum(t.accepted),
           sum(t.accept_seconds), sum(t.resolved), sum(t.resolve_seconds), sum(t.resolved_late), sum(t.closed),
           sum(t.reopened), sum(t.followed_up), sum(t.solved), sum(t.satisfied)
    FROM places_tickets t,
         LATERAL (VALUES ('STREET', t.street_code), ('DISTRICT', t.district_code), ('CITY', t.city_code))
             AS up (level, code)
    WHERE up.code IS NOT NULL
    GROUP BY 1, 2, 3;
    DROP TABLE places_tickets;

    CREATE TEMPORARY TABLE places_durations ON COMMIT DROP AS
    SELECT cv.street_code, cv.district_code, cv.city_code, f.day, d.measure,
           duration_bucket(d.seconds) AS bucket, count(*) AS tickets
    FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code,
         LATERAL (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                         ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at))) AS d (measure, seconds)
    WHERE d.seconds IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO ticket_duration_daily_rollup (level, place_code, day, measure, tickets)
    SELECT level, code, day, measure, histogram_of(array_agg(bucket), array_agg(tickets))
    FROM (SELECT up.level, up.code, t.day, t.measure, t.bucket, sum(t.tickets)::bigint AS tickets
          FROM places_durations t,
               LATERAL (VALUES ('STREET', t.street_code), ('DISTRICT', t.district_code), ('CITY', t.city_code))
                   AS up (level, code)
          WHERE up.code IS NOT NULL
          GROUP BY 1, 2, 3, 4, 5) AS counted
    GROUP BY 1, 2, 3, 4;
    DROP TABLE places_durations;
END
$$;

-- The rebuild of every roll-up (V21's function) now rebuilds the daily ones too, under the same lock.
ALTER FUNCTION statistics_rollup_rebuild() RENAME TO statistics_monthly_rollup_rebuild;

CREATE FUNCTION statistics_rollup_rebuild() RETURNS VOID LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM statistics_monthly_rollup_rebuild();
    PERFORM statistics_daily_rollup_rebuild();
END
$$;

SELECT statistics_daily_rollup_rebuild();
