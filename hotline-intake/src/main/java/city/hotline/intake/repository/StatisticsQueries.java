package city.hotline.intake.repository;

import java.math.BigDecimal;
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

    /** Rows fetched from the cursor at a time. */
    private static final int FETCH_SIZE = 500;

    /** A period of the roll-ups: its grain (DAY, WEEK, MONTH) and first day. */
    public record RollupPeriod(String grain, LocalDate start) {
    }

    /**
     * What a group's facts add up to over the period.
     *
     * @param callsByType     by the position of the type in CallType
     * @param callsByCategory by the position of the category in Category
     * @param overdue         resolved late, or unresolved and past the deadline now
     * @param p90MinutesToAccept exact, or the upper bound of its bucket (see the reading method)
     */
    public record GroupFigures(String code, String name, long[] callsByType, long[] callsByCategory,
            long answeredOnCall, long opened, long dispatched, long acceptedInTime, long accepted,
            BigDecimal acceptSeconds, long resolved, BigDecimal resolveSeconds, long overdue, long closed,
            long reopened, long followedUp, long solved, long satisfied, Double p90MinutesToAccept,
            Double p90MinutesToResolve) {
    }

    private final DataSource dataSource;

    StatisticsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The period from the roll-ups of the given periods (which together cover from..toExclusive).
     *
     * @param storedP90 each group is one community read from one row: its stored exact p90s; otherwise
     *                  the p90 of the merged histograms, as the upper bound of its bucket
     */
    public void fromRollups(List<RollupPeriod> periods, LocalDate from, LocalDate toExclusive, StatisticsScope scope,
            boolean storedP90, Consumer<GroupFigures> each) {
        String chosen = periods.stream()
                .map(p -> "('" + p.grain() + "', DATE '" + p.start() + "')")
                .collect(Collectors.joining(", "));
        // The merged histograms' p90 buckets are joined, a row per group, only when they are needed.
        String p90 = storedP90
                ? "max(s.accept_p90_seconds) / 60, max(s.resolve_p90_seconds) / 60"
                : "min(q.accept), min(q.resolve)";
        String p90Join = storedP90 ? "" : "LEFT JOIN p90s q ON q.code = s.code";
        // Above a community the streets' rows are summed (a city's year: a row per street and month).
        String sql = places(scope) + """
                , chosen AS (
                    %s),
                overdue_now AS (
                    SELECT p.code, count(*) AS tickets
                    FROM ticket_fact f JOIN places p ON p.community = f.community_code
                    WHERE f.resolved_at IS NULL AND f.resolve_by < now() AND f.cancelled_at IS NULL
                      AND f.day >= ? AND f.day < ?
                    GROUP BY 1),
                p90_buckets AS (
                    SELECT code, measure, min(bucket) AS bucket
                    FROM (SELECT code, measure, bucket,
                                 sum(tickets) OVER (PARTITION BY code, measure ORDER BY bucket) AS seen,
                                 sum(tickets) OVER (PARTITION BY code, measure) AS total
                          FROM (SELECT c.code, h.measure, u.bucket, sum(u.tickets) AS tickets
                                FROM chosen c,
                                     LATERAL (VALUES ('ACCEPT', c.accept_buckets, c.accept_tickets),
                                                     ('RESOLVE', c.resolve_buckets, c.resolve_tickets))
                                         AS h (measure, buckets, tickets),
                                     unnest(h.buckets, h.tickets) AS u (bucket, tickets)
                                GROUP BY 1, 2, 3) AS buckets) AS running
                    WHERE seen >= greatest(1, ceil(0.9 * total))
                    GROUP BY 1, 2),
                p90s AS (
                    SELECT code, min(bucket) FILTER (WHERE measure = 'ACCEPT') AS accept,
                           min(bucket) FILTER (WHERE measure = 'RESOLVE') AS resolve
                    FROM p90_buckets GROUP BY 1)
                SELECT s.code, s.name, %s, sum(s.answered_on_call), sum(s.opened), sum(s.dispatched),
                    sum(s.accepted_in_time), sum(s.accepted), sum(s.accept_seconds), sum(s.resolved),
                    sum(s.resolve_seconds), sum(s.resolved_late) + coalesce(min(o.tickets), 0), sum(s.closed),
                    sum(s.reopened), sum(s.followed_up), sum(s.solved), sum(s.satisfied), %s
                FROM chosen s LEFT JOIN overdue_now o ON o.code = s.code %s
                GROUP BY s.code, s.name
                ORDER BY s.code
                """.formatted(RollupRows.chosen(scope.readLevel(), chosen), StatisticsColumns.callSumsOfRollups(), p90,
                p90Join);
        List<Object> parameters = new ArrayList<>(ScopeFilter.values(scope));
        parameters.add(from);
        parameters.add(toExclusive);
        stream(sql, parameters, row -> each.accept(figures(row, !storedP90)));
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
                    coalesce(k.accept_seconds, 0), coalesce(k.resolved, 0), coalesce(k.resolve_seconds, 0),
                    coalesce(k.overdue, 0), coalesce(k.closed, 0), coalesce(k.reopened, 0), coalesce(k.followed_up, 0),
                    coalesce(k.solved, 0), coalesce(k.satisfied, 0), k.p90_accept, k.p90_resolve
                FROM calls c FULL JOIN tickets k USING (code, name)
                WHERE c.calls <> 0 OR k.opened IS NOT NULL -- a call reclassified away leaves a tally of none
                ORDER BY code
                """.formatted(StatisticsColumns.callSumsOfTallies(), StatisticsColumns.callColumns("c"));
        List<Object> parameters = new ArrayList<>(ScopeFilter.values(scope));
        parameters.addAll(List.of(from, toExclusive, from, toExclusive));
        stream(sql, parameters, row -> each.accept(figures(row, false)));
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

    private static GroupFigures figures(ResultSet row, boolean p90Buckets) throws SQLException {
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
                row.getLong(column++), row.getBigDecimal(column++), row.getLong(column++), row.getBigDecimal(column++),
                row.getLong(column++), row.getLong(column++), row.getLong(column++), row.getLong(column++),
                row.getLong(column++), row.getLong(column++), p90(row, column++, p90Buckets),
                p90(row, column, p90Buckets));
    }

    private static Double p90(ResultSet row, int column, boolean bucket) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        return bucket ? (double) DurationHistogram.upperBoundMinutes(value.intValue()) : value.doubleValue();
    }
}
