-- The rows of a period kept together, and a year's p90 kept with it (docs/statistics.md): an answer
-- listing every community's week, month or year reads the period's 7,000 rows, and read one page
-- each they were most of its time; a year's was the merge of each row's histograms.
--
-- The fold now writes a changed period over its row (INSERT ... ON CONFLICT DO UPDATE) instead of
-- deleting it and inserting it elsewhere, and the rebuild writes each grain's rows in period order.
-- An update that changes no indexed column stays on its row's page when the page has room (a HOT
-- update), so each page keeps a fifth free for the new versions of its rows.
ALTER TABLE community_statistics SET (fillfactor = 80);

-- A year row holds no exact p90 (it is the sum of twelve months): it keeps the bucket its merged
-- histogram's nearest-rank p90 lies in, as the answers report it, so that every community's year
-- reads it as stored rather than each row's histograms. Null in the other rows, and without tickets.
ALTER TABLE community_statistics ADD COLUMN accept_p90_bucket INTEGER, ADD COLUMN resolve_p90_bucket INTEGER;

-- The least bucket up to which at least ⌈0.9·n⌉ of a sparse histogram's n tickets lie (buckets
-- ascending, tickets each), as DurationHistogram.p90UpperBoundMinutes finds it; null without tickets.
CREATE FUNCTION histogram_p90_bucket(buckets INTEGER[], tickets BIGINT[]) RETURNS INTEGER
IMMUTABLE LANGUAGE sql AS $$
    SELECT bucket
    FROM (SELECT u.bucket, sum(u.tickets) OVER (ORDER BY u.bucket) AS upto, sum(u.tickets) OVER () AS total
          FROM unnest(buckets, tickets) AS u (bucket, tickets)) AS running
    WHERE total > 0 AND upto >= div(9 * total + 9, 10)
    ORDER BY bucket
    LIMIT 1
$$;

-- Kept by a trigger on whatever writes a year row (the fold, the rebuild, or a replica of the version
-- before while an upgrade rolls), and only on year rows (the trigger's WHEN costs the others nothing).
CREATE FUNCTION community_year_p90_buckets() RETURNS TRIGGER LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.accept_p90_bucket := histogram_p90_bucket(NEW.accept_buckets, NEW.accept_tickets);
    NEW.resolve_p90_bucket := histogram_p90_bucket(NEW.resolve_buckets, NEW.resolve_tickets);
    RETURN NEW;
END
$$;

CREATE TRIGGER community_year_p90_buckets BEFORE INSERT OR UPDATE ON community_statistics
    FOR EACH ROW WHEN (NEW.grain = 'YEAR') EXECUTE FUNCTION community_year_p90_buckets();

UPDATE community_statistics SET accept_p90_bucket = NULL WHERE grain = 'YEAR'; -- the trigger fills both

-- The rows already there, put in period order once (the primary key is grain, period, community),
-- each page filled to the fillfactor. This holds the table's exclusive lock while it rewrites it,
-- during which no statistics are read or folded (measured: see docs/statistics.md).
CLUSTER community_statistics USING community_statistics_pkey;
ANALYZE community_statistics;
