package city.hotline.intake.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import city.hotline.intake.service.StatisticsScope;

/**
 * The monthly and daily roll-ups of calls and tickets (kept by triggers on call_tally and
 * ticket_fact, see V21__statistics_rollups.sql and V23__statistics_daily_rollups.sql): a range of
 * whole months costs a few rows per place and month, other days a row per place and day. Months
 * are given by their first day and {@code toExclusive} is then the first day of the month after
 * the range. Daily roll-ups are kept for streets, districts and the city, not for communities.
 */
@ApplicationScoped
public class StatisticsRollupRepository {

    /** The roll-ups by month or by day: their tables and the column naming the period. */
    public enum Grain {
        MONTH("call_rollup", "ticket_rollup", "ticket_duration_rollup", "month"),
        DAY("call_daily_rollup", "ticket_daily_rollup", "ticket_duration_daily_rollup", "day");

        private final String calls;
        private final String tickets;
        private final String durations;
        private final String period;

        Grain(String calls, String tickets, String durations, String period) {
            this.calls = calls;
            this.tickets = tickets;
            this.durations = durations;
            this.period = period;
        }
    }

    /**
     * The places the roll-ups are read at, each with the code and name of the group it counts in,
     * narrowed to the scope. A community list is small (thousands), so this is cheap.
     */
    private static final String PLACES = """
            WITH places AS (
                SELECT DISTINCT %s AS place, %s AS code, %s AS name
                FROM community_view cv WHERE %s IS NOT NULL %s)
            """;

    private final EntityManager entityManager;

    StatisticsRollupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Calls of the periods: code and name of the group, type, category, count, answered on the call. */
    @SuppressWarnings("unchecked")
    public List<Object[]> callCounts(Grain grain, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT p.code, p.name, r.type, r.category, sum(r.calls), sum(r.answered_on_call)
                FROM %s r JOIN places p ON p.place = r.place_code
                WHERE r.level = :level AND r.%s >= :from AND r.%s < :to
                GROUP BY 1, 2, 3, 4
                """.formatted(grain.calls, grain.period, grain.period), from, toExclusive, scope).getResultList();
    }

    /**
     * Tickets of the periods: code and name of the group, then opened, dispatched, accepted in time,
     * accepted, seconds to accept (summed), resolved, seconds to resolve, resolved late, closed,
     * reopened, followed up, solved at follow-up, satisfied or basically satisfied. A row left at
     * zero (its only ticket moved to another day) is no group.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> ticketTotals(Grain grain, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT p.code, p.name, sum(r.opened), sum(r.dispatched), sum(r.accepted_in_time), sum(r.accepted),
                    sum(r.accept_seconds), sum(r.resolved), sum(r.resolve_seconds), sum(r.resolved_late),
                    sum(r.closed), sum(r.reopened), sum(r.followed_up), sum(r.solved), sum(r.satisfied)
                FROM %s r JOIN places p ON p.place = r.place_code
                WHERE r.level = :level AND r.%s >= :from AND r.%s < :to
                GROUP BY 1, 2
                HAVING sum(r.opened) <> 0
                """.formatted(grain.tickets, grain.period, grain.period), from, toExclusive, scope).getResultList();
    }

    /**
     * How long the tickets of the periods took: code, name, measure (ACCEPT, RESOLVE) and the counts
     * of the buckets from the first, comma-separated; a row per place and period, added up by the caller.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> ticketDurations(Grain grain, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT p.code, p.name, r.measure, array_to_string(r.tickets, ',')
                FROM %s r JOIN places p ON p.place = r.place_code
                WHERE r.level = :level AND r.%s >= :from AND r.%s < :to
                """.formatted(grain.durations, grain.period, grain.period), from, toExclusive, scope).getResultList();
    }

    /**
     * Every place of the scope's level with the tickets the rates are ranked on, one month: code,
     * name, opened, dispatched, accepted in time, followed up, solved, satisfied (zero when none).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rateCounts(LocalDate month, StatisticsScope scope) {
        return query("""
                SELECT p.code, p.name, coalesce(sum(r.opened), 0), coalesce(sum(r.dispatched), 0),
                    coalesce(sum(r.accepted_in_time), 0), coalesce(sum(r.followed_up), 0),
                    coalesce(sum(r.solved), 0), coalesce(sum(r.satisfied), 0)
                FROM places p LEFT JOIN ticket_rollup r
                    ON r.place_code = p.place AND r.level = :level AND r.month >= :from AND r.month < :to
                GROUP BY 1, 2
                """, month, month.plusMonths(1), scope).getResultList();
    }

    private Query query(String select, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        String readColumn = scope.readLevel().codeColumn();
        String places = PLACES.formatted(readColumn, scope.level().codeColumn(), scope.level().nameColumn(),
                readColumn, ScopeFilter.conditions(scope));
        Query query = entityManager.createNativeQuery(places + select)
                .setParameter("level", scope.readLevel().name())
                .setParameter("from", from).setParameter("to", toExclusive);
        return ScopeFilter.bind(query, scope);
    }
}
