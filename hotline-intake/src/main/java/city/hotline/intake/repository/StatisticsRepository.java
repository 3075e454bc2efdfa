package city.hotline.intake.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.service.StatisticsScope;

/**
 * The tallies and ticket facts statistics are computed from. Counting is done in the database:
 * a period of any length is one grouped query over pre-counted days, not a scan of calls.
 */
@ApplicationScoped
public class StatisticsRepository {

    private final EntityManager entityManager;

    StatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param answeredOnCall a consultation answered on the call, without a ticket (first-contact resolution) */
    public void countCall(LocalDate day, String communityCode, CallType type, Category category,
            boolean answeredOnCall) {
        addCalls(day, communityCode, type, category, 1, answeredOnCall ? 1 : 0);
    }

    /**
     * A reclassified call counts under its new type and category on the day and in the community
     * it was counted in: taken from the labels it had, added to the new ones. The tallies are sums,
     * so this holds whether or not the call's own event has been counted yet.
     */
    public void recountCall(LocalDate day, String communityCode, CallType typeBefore, Category categoryBefore,
            boolean answeredBefore, CallType type, Category category, boolean answeredOnCall) {
        addCalls(day, communityCode, typeBefore, categoryBefore, -1, answeredBefore ? -1 : 0);
        addCalls(day, communityCode, type, category, 1, answeredOnCall ? 1 : 0);
    }

    private void addCalls(LocalDate day, String communityCode, CallType type, Category category, int calls,
            int answeredOnCall) {
        entityManager.createNativeQuery("""
                        INSERT INTO call_tally (day, community_code, type, category, calls, answered_on_call)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (day, community_code, type, category) DO UPDATE
                        SET calls = call_tally.calls + excluded.calls,
                            answered_on_call = call_tally.answered_on_call + excluded.answered_on_call
                        """)
                .setParameter(1, day).setParameter(2, communityCode).setParameter(3, type.name())
                .setParameter(4, category.name()).setParameter(5, calls).setParameter(6, answeredOnCall)
                .executeUpdate();
    }

    /** Events of a ticket arrive on two topics in either order: each upsert completes the row. */
    public void ticketOpened(String ticketId, String communityCode, LocalDate day, OffsetDateTime openedAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (ticket_id) DO UPDATE SET day = excluded.day, opened_at = excluded.opened_at
                        """)
                .setParameter(1, ticketId).setParameter(2, communityCode).setParameter(3, day)
                .setParameter(4, openedAt)
                .executeUpdate();
    }

    public void ticketDispatched(String ticketId, String communityCode, LocalDate day, OffsetDateTime dispatchedAt,
            OffsetDateTime acceptBy, OffsetDateTime resolveBy) {
        entityManager.createNativeQuery("""
                        INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, dispatched_at, accept_by, resolve_by)
                        VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)
                        ON CONFLICT (ticket_id) DO UPDATE SET
                            dispatched_at = coalesce(ticket_fact.dispatched_at, excluded.dispatched_at),
                            accept_by = excluded.accept_by, resolve_by = excluded.resolve_by
                        """)
                .setParameter(1, ticketId).setParameter(2, communityCode).setParameter(3, day)
                .setParameter(4, dispatchedAt).setParameter(5, acceptBy).setParameter(6, resolveBy)
                .executeUpdate();
    }

    /** The first acceptance is the one the response rate judges. */
    public void ticketAccepted(String ticketId, OffsetDateTime at) {
        updateTicket("accepted_at = coalesce(accepted_at, ?2)", ticketId, at);
    }

    /** 办理复杂: the ticket's resolve-by is now the policy's longer one for complex tickets. */
    public void ticketMarkedComplex(String ticketId, OffsetDateTime resolveBy) {
        updateTicket("resolve_by = ?2", ticketId, resolveBy);
    }

    public void ticketResolved(String ticketId, OffsetDateTime at) {
        updateTicket("resolved_at = ?2", ticketId, at);
    }

    public void ticketClosed(String ticketId, OffsetDateTime at) {
        updateTicket("closed_at = ?2", ticketId, at);
    }

    /** A reopened ticket is no longer resolved nor closed until it is again. */
    public void ticketReopened(String ticketId, int reopenCount) {
        updateTicket("reopened = ?2, resolved_at = NULL, closed_at = NULL", ticketId, reopenCount);
    }

    /** The latest follow-up is the caller's verdict. */
    public void ticketFollowedUp(String ticketId, OffsetDateTime at, boolean solved, String satisfaction) {
        updateTicket("followed_up_at = ?2, solved = ?3, satisfaction = ?4", ticketId, at, solved, satisfaction);
    }

    private void updateTicket(String assignments, String ticketId, Object... values) {
        Query update = entityManager.createNativeQuery("UPDATE ticket_fact SET " + assignments + " WHERE ticket_id = ?1")
                .setParameter(1, ticketId);
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 2, values[i]);
        }
        update.executeUpdate();
    }

    /** Calls of the period: code and name of the group, type, category, count, answered on the call. */
    @SuppressWarnings("unchecked")
    public List<Object[]> callCounts(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT %s, t.type, t.category, sum(t.calls), sum(t.answered_on_call)
                FROM call_tally t JOIN community_view cv ON cv.code = t.community_code
                WHERE t.day >= :from AND t.day < :to %s
                GROUP BY 1, 2, 3, 4
                """, from, toExclusive, scope).getResultList();
    }

    /**
     * Tickets of the period: code and name of the group, then opened, dispatched, accepted in
     * time, resolved, closed, reopened, overdue, mean and p90 minutes to accept and to resolve,
     * followed up, solved at follow-up, satisfied or basically satisfied. The p90 is exact: the
     * least duration at least 90 % of the tickets took no longer than (nearest rank).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> ticketCounts(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT %s,
                    count(*),
                    count(f.dispatched_at),
                    count(*) FILTER (WHERE f.accepted_at <= f.accept_by),
                    count(f.resolved_at),
                    count(f.closed_at),
                    coalesce(sum(f.reopened), 0),
                    count(*) FILTER (WHERE f.resolved_at > f.resolve_by OR (f.resolved_at IS NULL AND f.resolve_by < now())),
                    avg(extract(epoch FROM f.accepted_at - f.opened_at)) / 60,
                    percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.accepted_at - f.opened_at)) / 60,
                    avg(extract(epoch FROM f.resolved_at - f.opened_at)) / 60,
                    percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.resolved_at - f.opened_at)) / 60,
                    count(f.followed_up_at),
                    count(*) FILTER (WHERE f.solved),
                    count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))
                FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code
                WHERE f.day >= :from AND f.day < :to %s
                GROUP BY 1, 2
                """, from, toExclusive, scope).getResultList();
    }

    /**
     * Tickets of the period in the columns of the monthly roll-ups (see
     * {@link StatisticsRollupRepository#ticketTotals}), for the days of a range outside whole months.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> ticketTotals(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT %s,
                    count(*),
                    count(f.dispatched_at),
                    count(*) FILTER (WHERE f.accepted_at <= f.accept_by),
                    count(f.accepted_at),
                    coalesce(sum(extract(epoch FROM f.accepted_at - f.opened_at)), 0),
                    count(f.resolved_at),
                    coalesce(sum(extract(epoch FROM f.resolved_at - f.opened_at)), 0),
                    count(*) FILTER (WHERE f.resolved_at > f.resolve_by),
                    count(f.closed_at),
                    coalesce(sum(f.reopened), 0),
                    count(f.followed_up_at),
                    count(*) FILTER (WHERE f.solved),
                    count(*) FILTER (WHERE f.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))
                FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code
                WHERE f.day >= :from AND f.day < :to %s
                GROUP BY 1, 2
                """, from, toExclusive, scope).getResultList();
    }

    /** How long the tickets of the period took, in the roll-ups' buckets: code, name, measure, bucket number, tickets. */
    @SuppressWarnings("unchecked")
    public List<Object[]> ticketDurations(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT %s, d.measure, duration_bucket(d.seconds), count(*)
                FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code,
                     LATERAL (VALUES ('ACCEPT', extract(epoch FROM f.accepted_at - f.opened_at)),
                                     ('RESOLVE', extract(epoch FROM f.resolved_at - f.opened_at))) AS d (measure, seconds)
                WHERE d.seconds IS NOT NULL AND f.day >= :from AND f.day < :to %s
                GROUP BY 1, 2, 3, 4
                """, from, toExclusive, scope).getResultList();
    }

    /** Tickets of the period not resolved and past their deadline now: code, name, count. Few, and indexed. */
    @SuppressWarnings("unchecked")
    public List<Object[]> unresolvedPastDeadline(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        return query("""
                SELECT %s, count(*)
                FROM ticket_fact f JOIN community_view cv ON cv.code = f.community_code
                WHERE f.resolved_at IS NULL AND f.resolve_by < now() AND f.day >= :from AND f.day < :to %s
                GROUP BY 1, 2
                """, from, toExclusive, scope).getResultList();
    }

    private Query query(String template, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        Query query = entityManager.createNativeQuery(
                template.formatted(scope.level().groupColumns(), ScopeFilter.conditions(scope)));
        query.setParameter("from", from).setParameter("to", toExclusive);
        return ScopeFilter.bind(query, scope);
    }
}
