package city.hotline.intake.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.postgresql.PGStatement;

import city.hotline.intake.service.DurationHistogram;
import city.hotline.intake.service.StatisticsScope;

/**
 * Reads the figures of one period, a row per group (community, street, district or city) in code
 * order, each handed on as it is read: the result set is read through a cursor, so an answer listing
 * every community of a city never lies in memory whole. From community_statistics (a community's
 * roll-ups), street_statistics (a street's, summed to districts and the city), or from the facts for
 * an exact p90.
 */
@ApplicationScoped
public class StatisticsQueries {

    /**
     * Rows fetched from the cursor at a time: every community's period (7,000 rows) in four round
     * trips rather than fourteen, about 2 MB held at once (docs/statistics.md).
     */
    private static final int FETCH_SIZE = 2000;

    /**
     * Per group, its tickets unresolved and past their deadline now, of the period's days (two
     * parameters, first day and the day after): "overdue now" changes without an event, so it is
     * counted at the query, from the few unresolved tickets (an index of them).
     */
    private static final String OVERDUE_NOW = """
            overdue_now AS (
                SELECT p.code, count(*) AS tickets
                FROM ticket_fact f JOIN places p ON p.community = f.community_code
                WHERE f.resolved_at IS NULL AND f.resolve_by < now() AND f.cancelled_at IS NULL
                  AND f.day >= ? AND f.day < ?
                GROUP BY 1)
            """;

    /** A period of the roll-ups: its grain (DAY, WEEK, MONTH, YEAR) and first day. */
    public record RollupPeriod(String grain, LocalDate start) {
    }

    /**
     * What a group's facts add up to over the period.
     *
     * @param callsByType     by the position of the type in CallType
     * @param callsByCategory by the position of the category in Category
     * @param overdue         resolved late, or unresolved and past the deadline now
     * @param acceptSeconds   the accepted tickets' seconds to acceptance, added up
     * @param p90MinutesToAccept exact, or the upper bound of its bucket (see the reading method)
     */
    public record GroupFigures(String code, String name, long[] callsByType, long[] callsByCategory,
            long answeredOnCall, long opened, long dispatched, long acceptedInTime, long accepted,
            double acceptSeconds, long resolved, double resolveSeconds, long overdue, long closed,
            long reopened, long followedUp, long solved, long satisfied, Double p90MinutesToAccept,
            Double p90MinutesToResolve) {
    }

    private final DataSource dataSource;

    StatisticsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The period from one roll-up row per group: each group is one community (a community, or a
     * place narrowed to one community) and the period one day, ISO week, month or calendar year, so
     * the row is read as stored and nothing is added up: a day's, week's or month's exact p90s, a
     * year's p90 buckets (its histograms', kept by a trigger, V29). Every community of a city's week
     * is one indexed read of its weekly rows, which lie together (docs/statistics.md).
     */
    public void fromRollup(RollupPeriod period, LocalDate from, LocalDate toExclusive, StatisticsScope scope,
            Consumer<GroupFigures> each) {
        boolean year = period.grain().equals("YEAR");
        String sql = places(scope) + ", " + OVERDUE_NOW + """
                SELECT p.code, p.name, %s, r.answered_on_call, r.opened, r.dispatched, r.accepted_in_time,
                    r.accepted, r.accept_seconds::float8, r.resolved, r.resolve_seconds::float8,
                    r.resolved_late + coalesce(o.tickets, 0), r.closed, r.reopened, r.followed_up, r.solved,
                    r.satisfied, %s
                FROM places p JOIN community_statistics r
                    ON r.grain = ? AND r.period = ? AND r.community_code = p.community
                    LEFT JOIN overdue_now o ON o.code = p.code
                ORDER BY p.code
                """.formatted(StatisticsColumns.callsOfRollup("r"), year
                        // not the histograms: the join and the sort would carry them (twice the time)
                        ? "r.accept_p90_bucket, r.resolve_p90_bucket"
                        : "(r.accept_p90_seconds / 60)::float8, (r.resolve_p90_seconds / 60)::float8");
        List<Object> parameters = new ArrayList<>(ScopeFilter.values(scope));
        parameters.addAll(List.of(from, toExclusive, period.grain(), period.start()));
        P90 p90 = year ? P90.BUCKET : P90.MINUTES;
        stream(sql, parameters, row -> each.accept(figures(row, p90)));
    }

    /**
     * The period from the roll-ups of the given periods (which together cover from..toExclusive),
     * added up per group; the p90s are those of the merged histograms, as the upper bound of their
     * bucket. The group's histograms come as their rows' arrays in one text each, "{buckets}{tickets}"
     * a row, and are added up here: unnesting them into (bucket, tickets) rows to add up and rank in
     * SQL was most of the time of a city's month (70,000 pairs sorted, on disk).
     */
    public void fromRollups(List<RollupPeriod> periods, LocalDate from, LocalDate toExclusive, StatisticsScope scope,
            Consumer<GroupFigures> each) {
        String chosen = periods.stream()
                .map(p -> "('" + p.grain() + "', DATE '" + p.start() + "')")
                .collect(Collectors.joining(", "));
        // Above a community the streets' rows are summed (a city's year: a row per street and year),
        // with the communities placed in no street (RollupRows).
        String sql = places(scope) + ", " + OVERDUE_NOW + """
                , chosen AS (
                    %s)
                SELECT s.code, s.name, %s, sum(s.answered_on_call), sum(s.opened), sum(s.dispatched),
                    sum(s.accepted_in_time), sum(s.accepted), sum(s.accept_seconds)::float8, sum(s.resolved),
                    sum(s.resolve_seconds)::float8, sum(s.resolved_late) + coalesce(min(o.tickets), 0), sum(s.closed),
                    sum(s.reopened), sum(s.followed_up), sum(s.solved), sum(s.satisfied),
                    string_agg(s.accept_buckets::text || s.accept_tickets::text, ''),
                    string_agg(s.resolve_buckets::text || s.resolve_tickets::text, '')
                FROM chosen s LEFT JOIN overdue_now o ON o.code = s.code
                GROUP BY s.code, s.name
                ORDER BY s.code
                """.formatted(RollupRows.chosen(scope.readLevel(), chosen), StatisticsColumns.callSumsOfRollups());
        List<Object> parameters = new ArrayList<>(ScopeFilter.values(scope));
        parameters.add(from);
        parameters.add(toExclusive);
        stream(sql, parameters, row -> each.accept(figures(row, P90.MERGED_HISTOGRAMS)));
    }

    /** The period from every call tally and ticket of it: the p90s exact. */
    public void fromFacts(LocalDate from, LocalDate toExclusive, StatisticsScope scope, Consumer<GroupFigures> each) {
        String sql = places(scope) + """
                , calls AS (
                    SELECT p.code, p.name, %s, sum(t.answered_on_call) AS answered_on_call, sum(t.calls) AS calls
                    FROM call_tally t JOIN places p ON p.community = t.community_code
                    WHERE t.day >= ? AND t.day < ?
                    GROUP BY 1, 2),
                tickets AS (
                    SELECT p.code, p.name, count(*) AS opened, count(f.dispatched_at) AS dispatched,
                        count(*) FILTER (WHERE f.accepted_at <= f.accept_by) AS accepted_in_time,
                        count(f.accepted_at) AS accepted,
                        coalesce(sum(extract(epoch FROM f.accepted_at - f.opened_at)), 0) AS accept_seconds,
                        count(f.resolved_at) AS resolved,
                        coalesce(sum(extract(epoch FROM f.resolved_at - f.opened_at)), 0) AS resolve_seconds,
                        count(*) FILTER (WHERE f.resolved_at > f.resolve_by
                                         OR (f.resolved_at IS NULL AND f.resolve_by < now())) AS overdue,
                        count(f.closed_at) AS closed, sum(f.reopened) AS reopened,
                        count(f.followed_up_at) AS followed_up, count(*) FILTER (WHERE f.solved) AS solved,
                        count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
                        percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.accepted_at - f.opened_at)) / 60
                            AS p90_accept,
                        percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.resolved_at - f.opened_at)) / 60
                            AS p90_resolve
                    FROM ticket_fact f JOIN places p ON p.community = f.community_code
                    WHERE f.day >= ? AND f.day < ? AND f.cancelled_at IS NULL
                    GROUP BY 1, 2)
                SELECT code, name, %s, coalesce(c.answered_on_call, 0), coalesce(k.opened, 0),
                    coalesce(k.dispatched, 0), coalesce(k.accepted_in_time, 0), coalesce(k.accepted, 0),
                    coalesce(k.accept_seconds, 0)::float8, coalesce(k.resolved, 0), coalesce(k.resolve_seconds, 0)::float8,
                    coalesce(k.overdue, 0), coalesce(k.closed, 0), coalesce(k.reopened, 0), coalesce(k.followed_up, 0),
                    coalesce(k.solved, 0), coalesce(k.satisfied, 0), k.p90_accept::float8, k.p90_resolve::float8
                FROM calls c FULL JOIN tickets k USING (code, name)
                WHERE c.calls <> 0 OR k.opened IS NOT NULL -- a call reclassified away leaves a tally of none
                ORDER BY code
                """.formatted(StatisticsColumns.callSumsOfTallies(), StatisticsColumns.callColumns("c"));
        List<Object> parameters = new ArrayList<>(ScopeFilter.values(scope));
        parameters.addAll(List.of(from, toExclusive, from, toExclusive));
        stream(sql, parameters, row -> each.accept(figures(row, P90.MINUTES)));
    }

    /** The communities of the scope, each with the code and name of the group it counts in. */
    private static String places(StatisticsScope scope) {
        String code = scope.level().codeColumn();
        return """
                WITH places AS (
                    SELECT cv.code AS community, cv.street_code AS street, %s AS code, %s AS name
                    FROM community_view cv WHERE %s IS NOT NULL %s)
                """.formatted(code, scope.level().nameColumn(), code, ScopeFilter.positionalConditions(scope));
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void stream(String sql, List<Object> parameters, RowReader reader) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL reads through a cursor only inside a transaction
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                // Rows in PostgreSQL's binary format from the first execution: a count is eight bytes
                // read as they are, a double too, rather than digits PostgreSQL prints and intake parses
                // (7,000 rows of 55 columns in a listing of every community, docs/statistics.md).
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the statistics", e);
        }
    }

    /** How a row's last two columns give its p90s. */
    private enum P90 {
        /**
         * in minutes, or null: as float8, PostgreSQL's rounding of the numeric to the nearest double,
         * which is BigDecimal.doubleValue()'s, without a BigDecimal made and printed to be parsed per row
         */
        MINUTES,
        /** as the bucket they lie in (read as its upper bound), or null */
        BUCKET,
        /** as the group's histograms, to be added up */
        MERGED_HISTOGRAMS
    }

    private static GroupFigures figures(ResultSet row, P90 p90) throws SQLException {
        int column = 3;
        long[] byType = new long[StatisticsColumns.TYPES.size()];
        for (int i = 0; i < byType.length; i++) {
            byType[i] = row.getLong(column++);
        }
        long[] byCategory = new long[StatisticsColumns.CATEGORIES.size()];
        for (int i = 0; i < byCategory.length; i++) {
            byCategory[i] = row.getLong(column++);
        }
        return new GroupFigures(row.getString(1), row.getString(2), byType, byCategory,
                row.getLong(column++), row.getLong(column++), row.getLong(column++), row.getLong(column++),
                row.getLong(column++), row.getDouble(column++), row.getLong(column++), row.getDouble(column++),
                row.getLong(column++), row.getLong(column++), row.getLong(column++), row.getLong(column++),
                row.getLong(column++), row.getLong(column++), p90(row, column++, p90), p90(row, column, p90));
    }

    private static Double p90(ResultSet row, int column, P90 p90) throws SQLException {
        switch (p90) {
            case MERGED_HISTOGRAMS:
                return histogram(row.getString(column)).p90UpperBoundMinutes();
            case BUCKET:
                int bucket = row.getInt(column);
                return row.wasNull() ? null : (double) DurationHistogram.upperBoundMinutes(bucket);
            default:
                double minutes = row.getDouble(column);
                return row.wasNull() ? null : minutes;
        }
    }

    /** The histograms of a group's rows added up, from "{1,5,9}{2,1,4}{3}{1}": each row's buckets, then their tickets. */
    static DurationHistogram histogram(String arrays) {
        DurationHistogram histogram = new DurationHistogram();
        if (arrays == null) {
            return histogram;
        }
        int at = 0;
        while (at < arrays.length()) {
            int bucketsEnd = arrays.indexOf('}', at);
            int ticketsEnd = arrays.indexOf('}', bucketsEnd + 1);
            int bucket = at + 1;
            int count = bucketsEnd + 2;
            while (bucket < bucketsEnd) {
                int bucketEnd = next(arrays, bucket, bucketsEnd);
                int countEnd = next(arrays, count, ticketsEnd);
                histogram.add(Integer.parseInt(arrays, bucket, bucketEnd, 10),
                        Long.parseLong(arrays, count, countEnd, 10));
                bucket = bucketEnd + 1;
                count = countEnd + 1;
            }
            at = ticketsEnd + 1;
        }
        return histogram;
    }

    /** Where the number starting at {@code from} ends: at the next comma, or at the array's end. */
    private static int next(String arrays, int from, int end) {
        int comma = arrays.indexOf(',', from);
        return comma < 0 || comma > end ? end : comma;
    }
}
