package city.hotline.intake.repository;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

/**
 * Keeps community_statistics (V24 migration) from the facts and street_statistics (V24_5) from those:
 * the fold recomputes the day, ISO week and month of the (community, day)s marked in
 * statistics_change from the facts, their calendar year (V25) from the months, each written over its
 * row in place, then re-sums the streets of exactly those periods; the rebuild every row at once, in
 * period order, so that the rows of a period lie together (V29).
 * Both run set-based and in the caller's transaction, under the advisory lock that lets one
 * replica at a time write the roll-ups.
 */
@ApplicationScoped
public class StatisticsFoldRepository {

    private static final Logger LOG = Logger.getLogger(StatisticsFoldRepository.class);

    /** The key of the PostgreSQL advisory lock the fold and the rebuild take (any constant of intake's own). */
    private static final long LOCK = 0x12345_0007L;

    /** The columns {@link #summed} writes after the grain, period and key. */
    private static final String SUMMED_COLUMNS = """
            calls_by_type, calls_by_category, praise_by_category, answered_on_call, opened, dispatched,
            accepted_in_time, accepted, accept_seconds, resolved, resolve_seconds, resolved_late, closed, reopened,
            followed_up, solved, satisfied, accept_buckets, accept_tickets, resolve_buckets, resolve_tickets""";

    /** The columns of community_statistics after its key (grain, period, community_code). */
    private static final List<String> FIGURE_COLUMNS = List.of("calls_by_type", "calls_by_category",
            "praise_by_category", "answered_on_call", "opened", "dispatched", "accepted_in_time", "accepted",
            "accept_seconds", "resolved", "resolve_seconds", "resolved_late", "closed", "reopened", "followed_up",
            "solved", "satisfied", "accept_p90_seconds", "resolve_p90_seconds", "accept_buckets", "accept_tickets",
            "resolve_buckets", "resolve_tickets", "street_code");

    /**
     * The fold's recomputed rows written over the rows of their periods, in place: an UPDATE that
     * changes no indexed column stays on its page when the page has room (a HOT update; the table
     * keeps room, V29), so the rows of a period, written together in period order by the rebuild, stay
     * together, and an answer listing every community's period reads a few hundred pages rather than
     * one per community (docs/statistics.md). Deleting and inserting them scattered them over the table.
     */
    private static final String UPDATE_IN_PLACE = """
            INSERT INTO community_statistics (grain, period, community_code, %1$s)
            SELECT grain, period, community_code, %1$s FROM statistics_refreshed ORDER BY period, community_code
            ON CONFLICT (grain, period, community_code) DO UPDATE SET %2$s
            """.formatted(String.join(", ", FIGURE_COLUMNS),
            FIGURE_COLUMNS.stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", ")));

    /** How the roll-ups cut time: the period a day lies in, by its first day. */
    enum Grain {
        DAY("%s", "1 day"), WEEK("date_trunc('week', %s)::date", "1 week"),
        MONTH("date_trunc('month', %s)::date", "1 month"),
        /** Summed from the MONTH rows, so after them. */
        YEAR("date_trunc('year', %s)::date", "1 year");

        private final String periodOf;
        private final String length;

        Grain(String periodOf, String length) {
            this.periodOf = periodOf;
            this.length = length;
        }

        /** The days of the period r.period, as conditions on the given day column (an index range). */
        String within(String day) {
            return " AND " + day + " >= r.period AND " + day + " < (r.period + INTERVAL '" + length + "')::date";
        }

        String periodOf(String day) {
            return periodOf.formatted(day);
        }
    }

    private final EntityManager entityManager;

    StatisticsFoldRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return whether this transaction now holds the roll-ups' lock; false when another holds it */
    public boolean tryLock() {
        return Boolean.TRUE.equals(entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult());
    }

    /** Waits for the roll-ups' lock, held until the transaction ends. */
    public void lock() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)::text").setParameter(1, LOCK)
                .getSingleResult();
    }

    /**
     * Recomputes the roll-ups of up to {@code batch} marked (community, day)s, oldest marks first, and
     * clears each mark that still holds the value read. A change committed meanwhile has renewed its
     * mark (its trigger runs in the consumer's transaction), so its mark stays for the next fold: the
     * marks are read before the facts, each statement below sees every change committed before it, and
     * a mark a consumer is renewing is left (see {@link #clearFoldedMarks}).
     *
     * @return how many marks were read
     */
    public int fold(int batch) {
        createWorkTables();
        int marks = entityManager.createNativeQuery("""
                        INSERT INTO statistics_folding (community_code, day, changed)
                        SELECT community_code, day, changed FROM statistics_change ORDER BY changed LIMIT ?1
                        """).setParameter(1, batch).executeUpdate();
        if (marks == 0) {
            return 0;
        }
        for (Grain grain : Grain.values()) {
            entityManager.createNativeQuery("TRUNCATE statistics_refreshing").executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO statistics_refreshing (community_code, period)
                    SELECT DISTINCT community_code, %s FROM statistics_folding
                    """.formatted(grain.periodOf("day"))).executeUpdate();
            entityManager.createNativeQuery("TRUNCATE statistics_refreshed").executeUpdate();
            entityManager.createNativeQuery(refresh(grain, true, "statistics_refreshed")).executeUpdate();
            entityManager.createNativeQuery("TRUNCATE street_refreshing").executeUpdate();
            // The streets the rows were folded under, then the streets they are now: a community the
            // registry moved leaves the first and joins the second.
            entityManager.createNativeQuery("""
                            INSERT INTO street_refreshing (street_code, period)
                            SELECT DISTINCT s.street_code, s.period
                            FROM community_statistics s JOIN statistics_refreshing r
                                ON s.period = r.period AND s.community_code = r.community_code
                            WHERE s.grain = ?1 AND s.street_code IS NOT NULL
                            """).setParameter(1, grain.name()).executeUpdate();
            // A period left with nothing to count has no row.
            entityManager.createNativeQuery("""
                            DELETE FROM community_statistics s USING statistics_refreshing r
                            WHERE s.grain = ?1 AND s.period = r.period AND s.community_code = r.community_code
                              AND NOT EXISTS (SELECT FROM statistics_refreshed n
                                              WHERE n.period = s.period AND n.community_code = s.community_code)
                            """).setParameter(1, grain.name()).executeUpdate();
            entityManager.createNativeQuery(UPDATE_IN_PLACE).executeUpdate();
            entityManager.createNativeQuery("""
                    INSERT INTO street_refreshing (street_code, period)
                    SELECT DISTINCT street_code, period FROM statistics_refreshed WHERE street_code IS NOT NULL
                    """).executeUpdate();
            entityManager.createNativeQuery("""
                            DELETE FROM street_statistics s USING street_refreshing r
                            WHERE s.grain = ?1 AND s.period = r.period AND s.street_code = r.street_code
                            """).setParameter(1, grain.name()).executeUpdate();
            entityManager.createNativeQuery(streets(grain, true)).executeUpdate();
        }
        clearFoldedMarks();
        return marks;
    }

    /**
     * Recomputes every row from the facts, grain by grain, each one grouped query over the facts.
     * Marks read first and still unchanged afterwards are cleared, as by the fold.
     *
     * @return the rows written
     */
    public int rebuild() {
        createWorkTables();
        entityManager.createNativeQuery("""
                INSERT INTO statistics_folding (community_code, day, changed)
                SELECT community_code, day, changed FROM statistics_change
                """).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM community_statistics").executeUpdate();
        entityManager.createNativeQuery("DELETE FROM street_statistics").executeUpdate();
        int rows = 0;
        for (Grain grain : Grain.values()) {
            long started = System.nanoTime();
            int written = entityManager.createNativeQuery(refresh(grain, false, "community_statistics")).executeUpdate();
            long communitiesDone = System.nanoTime();
            entityManager.createNativeQuery(streets(grain, false)).executeUpdate();
            // What each grain costs, to see where a long rebuild goes.
            LOG.infof("rebuilt the %s rows: %d community periods in %.1f s, their streets' in %.1f s", grain, written,
                    (communitiesDone - started) / 1e9, (System.nanoTime() - communitiesDone) / 1e9);
            rows += written;
        }
        clearFoldedMarks();
        entityManager.createNativeQuery("ANALYZE community_statistics").executeUpdate();
        entityManager.createNativeQuery("ANALYZE street_statistics").executeUpdate();
        return rows;
    }

    /** Session tables, emptied at each commit: made once per connection, not per fold. */
    private void createWorkTables() {
        entityManager.createNativeQuery("""
                CREATE TEMPORARY TABLE IF NOT EXISTS statistics_folding (
                    community_code VARCHAR(12), day DATE, changed BIGINT) ON COMMIT DELETE ROWS
                """).executeUpdate();
        entityManager.createNativeQuery("""
                CREATE TEMPORARY TABLE IF NOT EXISTS statistics_refreshing (
                    community_code VARCHAR(12), period DATE) ON COMMIT DELETE ROWS
                """).executeUpdate();
        entityManager.createNativeQuery("""
                CREATE TEMPORARY TABLE IF NOT EXISTS statistics_refreshed (LIKE community_statistics) ON COMMIT DELETE ROWS
                """).executeUpdate();
        entityManager.createNativeQuery("""
                CREATE TEMPORARY TABLE IF NOT EXISTS street_refreshing (
                    street_code VARCHAR(12), period DATE) ON COMMIT DELETE ROWS
                """).executeUpdate();
    }

    /**
     * The INSERT of a grain's street rows, each the sum of the community rows folded under the street
     * (their street_code): of the street periods in street_refreshing, or of every one. A street has
     * no exact p90.
     */
    private static String streets(Grain grain, boolean onlyRefreshing) {
        String refreshing = onlyRefreshing
                ? "JOIN (SELECT DISTINCT street_code, period FROM street_refreshing) r"
                        + " ON r.street_code = c.street_code AND r.period = c.period"
                : "";
        return """
                INSERT INTO street_statistics (grain, period, street_code, %s)
                """.formatted(SUMMED_COLUMNS) + summed(grain, """
                SELECT c.* FROM community_statistics c %s
                WHERE c.grain = '%s' AND c.street_code IS NOT NULL""".formatted(refreshing, grain.name()),
                "street_code", "c.period", "");
    }

    /**
     * The INSERT of communities' calendar years, each the sum of the community's month rows (so of
     * the same facts): of the community years in statistics_refreshing, or of every one. A year row
     * holds no exact p90 (it would cost the fold a year of the community's tickets at every change),
     * so a year is answered to the bucket, as twelve months were: a trigger (V29) keeps in the row the
     * bucket of its histograms' p90s, so that every community's year is read without its histograms.
     */
    private static String years(boolean onlyRefreshing, String table) {
        String refreshing = onlyRefreshing
                ? "JOIN statistics_refreshing r ON r.community_code = c.community_code" + Grain.YEAR.within("c.period")
                : "";
        return """
                INSERT INTO %s (grain, period, community_code, %s, street_code)
                """.formatted(table, SUMMED_COLUMNS) + summed(Grain.YEAR, """
                SELECT c.* FROM community_statistics c %s
                WHERE c.grain = 'MONTH'""".formatted(refreshing), "community_code", Grain.YEAR.periodOf("c.period"),
                // the street it is folded under, as its months are
                ", (SELECT cv.street_code FROM community_view cv WHERE cv.code = s.community_code)");
    }

    /**
     * The SELECT of rows of the given grain, each the sum of the chosen community rows (alias c)
     * grouped by a key column and period: counts and seconds added, histograms merged bucket by bucket.
     *
     * @param extra further columns of the sums (alias s), each after a comma, or nothing
     */
    private static String summed(Grain grain, String chosen, String key, String period, String extra) {
        return """
                WITH chosen AS (
                    %2$s),
                sums AS (
                    SELECT c.%3$s, %4$s AS period, %5$s, sum(c.answered_on_call) AS answered_on_call,
                        sum(c.opened) AS opened, sum(c.dispatched) AS dispatched,
                        sum(c.accepted_in_time) AS accepted_in_time, sum(c.accepted) AS accepted,
                        sum(c.accept_seconds) AS accept_seconds, sum(c.resolved) AS resolved,
                        sum(c.resolve_seconds) AS resolve_seconds, sum(c.resolved_late) AS resolved_late,
                        sum(c.closed) AS closed, sum(c.reopened) AS reopened, sum(c.followed_up) AS followed_up,
                        sum(c.solved) AS solved, sum(c.satisfied) AS satisfied
                    FROM chosen c
                    GROUP BY 1, 2),
                durations AS (
                    SELECT %3$s, period, measure, array_agg(bucket ORDER BY bucket) AS buckets,
                        array_agg(tickets ORDER BY bucket) AS tickets
                    FROM (SELECT c.%3$s, %4$s AS period, h.measure, u.bucket, sum(u.tickets)::bigint AS tickets
                          FROM chosen c,
                               LATERAL (VALUES ('ACCEPT', c.accept_buckets, c.accept_tickets),
                                               ('RESOLVE', c.resolve_buckets, c.resolve_tickets))
                                   AS h (measure, buckets, tickets),
                               unnest(h.buckets, h.tickets) AS u (bucket, tickets)
                          GROUP BY 1, 2, 3, 4) AS merged
                    GROUP BY 1, 2, 3)
                SELECT '%1$s', s.period, s.%3$s, s.calls_by_type, s.calls_by_category, s.praise_by_category,
                    s.answered_on_call, s.opened, s.dispatched, s.accepted_in_time, s.accepted, s.accept_seconds,
                    s.resolved, s.resolve_seconds, s.resolved_late, s.closed, s.reopened, s.followed_up, s.solved,
                    s.satisfied, coalesce(a.buckets, '{}'), coalesce(a.tickets, '{}'), coalesce(v.buckets, '{}'),
                    coalesce(v.tickets, '{}')%6$s
                FROM sums s
                    LEFT JOIN (SELECT * FROM durations WHERE measure = 'ACCEPT') a USING (%3$s, period)
                    LEFT JOIN (SELECT * FROM durations WHERE measure = 'RESOLVE') v USING (%3$s, period)
                ORDER BY s.period, s.%3$s -- a period's rows together (see UPDATE_IN_PLACE)
                """.formatted(grain.name(), chosen, key, period, StatisticsColumns.callArraysOfRollups(), extra);
    }

    /**
     * The INSERT of a grain's rows computed from the facts (a year from its months, {@link #years}):
     * of the community periods in statistics_refreshing, or of every period with facts. A cancelled ticket counts in nothing; a period left with
     * nothing to count has no row.
     */
    private static String refresh(Grain grain, boolean onlyRefreshing, String table) {
        if (grain == Grain.YEAR) {
            return years(onlyRefreshing, table);
        }
        String tallyPeriod = grain.periodOf("t.day");
        String ticketPeriod = grain.periodOf("f.day");
        String tallies = onlyRefreshing
                ? "call_tally t JOIN statistics_refreshing r ON r.community_code = t.community_code" + grain.within("t.day")
                : "call_tally t";
        String tickets = onlyRefreshing
                ? "ticket_fact f JOIN statistics_refreshing r ON r.community_code = f.community_code" + grain.within("f.day")
                : "ticket_fact f";
        return """
                INSERT INTO %7$s (grain, period, community_code, calls_by_type, calls_by_category,
                    praise_by_category, answered_on_call, opened, dispatched, accepted_in_time, accepted, accept_seconds,
                    resolved, resolve_seconds, resolved_late, closed, reopened, followed_up, solved, satisfied,
                    accept_p90_seconds, resolve_p90_seconds, accept_buckets, accept_tickets, resolve_buckets,
                    resolve_tickets, street_code)
                WITH calls AS (
                    SELECT t.community_code, %2$s AS period, %3$s, sum(t.calls) AS calls,
                        sum(t.answered_on_call) AS answered_on_call
                    FROM %4$s
                    GROUP BY 1, 2),
                tickets AS (
                    SELECT f.community_code, %5$s AS period, count(*) AS opened, count(f.dispatched_at) AS dispatched,
                        count(*) FILTER (WHERE f.accepted_at <= f.accept_by) AS accepted_in_time,
                        count(f.accepted_at) AS accepted,
                        coalesce(sum(extract(epoch FROM f.accepted_at - f.opened_at)), 0) AS accept_seconds,
                        count(f.resolved_at) AS resolved,
                        coalesce(sum(extract(epoch FROM f.resolved_at - f.opened_at)), 0) AS resolve_seconds,
                        count(*) FILTER (WHERE f.resolved_at > f.resolve_by) AS resolved_late,
                        count(f.closed_at) AS closed, sum(f.reopened) AS reopened,
                        count(f.followed_up_at) AS followed_up, count(*) FILTER (WHERE f.solved) AS solved,
                        count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                        percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.accepted_at - f.opened_at))
                            AS accept_p90_seconds,
                        percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.resolved_at - f.opened_at))
                            AS resolve_p90_seconds
                    FROM %6$s
                    WHERE f.cancelled_at IS NULL
                    GROUP BY 1, 2),
                durations AS (
                    SELECT community_code, period, measure, array_agg(bucket ORDER BY bucket) AS buckets,
                        array_agg(tickets ORDER BY bucket) AS tickets
                    FROM (SELECT f.community_code, %5$s AS period, d.measure, duration_bucket(d.seconds) AS bucket,
                                 count(*) AS tickets
                          FROM %6$s,
                               LATERAL (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                                               ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at)))
                                   AS d (measure, seconds)
                          WHERE d.seconds IS NOT NULL AND f.cancelled_at IS NULL
                          GROUP BY 1, 2, 3, 4) AS counted
                    GROUP BY 1, 2, 3)
                SELECT '%1$s', period, community_code, coalesce(c.calls_by_type, '{}'),
                    coalesce(c.calls_by_category, '{}'), coalesce(c.praise_by_category, '{}'), coalesce(c.answered_on_call, 0), coalesce(k.opened, 0),
                    coalesce(k.dispatched, 0), coalesce(k.accepted_in_time, 0), coalesce(k.accepted, 0),
                    coalesce(k.accept_seconds, 0), coalesce(k.resolved, 0), coalesce(k.resolve_seconds, 0),
                    coalesce(k.resolved_late, 0), coalesce(k.closed, 0), coalesce(k.reopened, 0),
                    coalesce(k.followed_up, 0), coalesce(k.solved, 0), coalesce(k.satisfied, 0),
                    k.accept_p90_seconds, k.resolve_p90_seconds, coalesce(a.buckets, '{}'), coalesce(a.tickets, '{}'),
                    coalesce(v.buckets, '{}'), coalesce(v.tickets, '{}'), cv.street_code
                FROM calls c FULL JOIN tickets k USING (community_code, period)
                    LEFT JOIN (SELECT * FROM durations WHERE measure = 'ACCEPT') a USING (community_code, period)
                    LEFT JOIN (SELECT * FROM durations WHERE measure = 'RESOLVE') v USING (community_code, period)
                    LEFT JOIN community_view cv ON cv.code = community_code -- the street it is folded under
                WHERE k.opened IS NOT NULL OR c.calls <> 0 -- a call reclassified away leaves a tally of none
                ORDER BY period, community_code -- a period's rows together (see UPDATE_IN_PLACE)
                """.formatted(grain.name(), tallyPeriod, StatisticsColumns.callArraysFromTallies(), tallies,
                ticketPeriod, tickets, table);
    }

    /**
     * Deletes the marks read that still hold the value read. A mark a consumer's open transaction is
     * renewing is skipped, not waited for: it will hold a new value, so it stays anyway, and a fold
     * waiting on a consumer's mark while that consumer's batch waits on a mark the fold has locked
     * was a deadlock under load (68 folds and 22 consumer batches rolled back in one 200 calls/s run).
     */
    private void clearFoldedMarks() {
        entityManager.createNativeQuery("""
                DELETE FROM statistics_change c
                WHERE (c.community_code, c.day) IN (
                    SELECT m.community_code, m.day FROM statistics_change m JOIN statistics_folding f
                        ON m.community_code = f.community_code AND m.day = f.day AND m.changed = f.changed
                    FOR UPDATE OF m SKIP LOCKED)
                """).executeUpdate();
    }
}
