-- Street roll-ups kept by the fold (docs/statistics.md): a district's or the city's period is the sum
-- of its streets' rows (a city's year ~350 streets × 12 months) instead of every community's.
--
-- Only the fold writes them, summing a street's community rows for exactly the periods it has just
-- recomputed, so no consumer shares a row. Each community row keeps the street it was folded under:
-- when the registry moves a community, its days are marked, and the fold re-sums both the street its
-- old rows named and the street it now lies in.

ALTER TABLE community_statistics ADD COLUMN street_code VARCHAR(12);
UPDATE community_statistics s SET street_code = cv.street_code FROM community_view cv WHERE cv.code = s.community_code;
CREATE INDEX community_statistics_street ON community_statistics (grain, street_code, period);

-- A street's period: its communities' rows added up, the histograms merged bucket by bucket. No
-- exact p90: a street's p90 is that of the merged histogram, to the bucket.
CREATE TABLE street_statistics (
    grain              VARCHAR(5)  NOT NULL,
    period             DATE        NOT NULL,
    street_code        VARCHAR(12) NOT NULL,
    calls_by_type      BIGINT[]    NOT NULL,
    calls_by_category  BIGINT[]    NOT NULL,
    praise_by_category BIGINT[]    NOT NULL,
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
    accept_buckets     INTEGER[]   NOT NULL,
    accept_tickets     BIGINT[]    NOT NULL,
    resolve_buckets    INTEGER[]   NOT NULL,
    resolve_tickets    BIGINT[]    NOT NULL,
    PRIMARY KEY (grain, period, street_code)
);

-- A community placed in a street, or moved to another, has every day of its facts marked: the fold
-- recomputes its rows under the new street and re-sums the old street and the new one.
CREATE FUNCTION community_street_changed() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.street_code IS DISTINCT FROM NEW.street_code THEN
        INSERT INTO statistics_change AS c (community_code, day, changed)
        SELECT NEW.code, day, nextval('statistics_change_sequence')
        FROM (SELECT day FROM call_tally WHERE community_code = NEW.code
              UNION SELECT day FROM ticket_fact WHERE community_code = NEW.code) AS days
        ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER community_street_changed AFTER INSERT OR UPDATE ON community_view
    FOR EACH ROW EXECUTE FUNCTION community_street_changed();

-- Every existing fact is to be folded again: the first folds (or a rebuild) fill the street rows.
INSERT INTO statistics_change AS c (community_code, day, changed)
SELECT community_code, day, nextval('statistics_change_sequence')
FROM (SELECT community_code, day FROM call_tally UNION SELECT community_code, day FROM ticket_fact) AS facts
ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed;
