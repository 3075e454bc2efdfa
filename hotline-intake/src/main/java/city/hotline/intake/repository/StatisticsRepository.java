package city.hotline.intake.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import city.hotline.events.CallType;
import city.hotline.events.Category;

/**
 * The tallies and ticket facts statistics are computed from, as the consumers record them. Each
 * change marks its community's day for the fold (a trigger, V24 migration), which keeps the roll-ups.
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

    /** A ticket cancelled by a classification correction counts in no figure (docs/statistics.md). */
    public void ticketCancelled(String ticketId, String communityCode, LocalDate day, OffsetDateTime at) {
        entityManager.createNativeQuery("""
                        INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, cancelled_at)
                        VALUES (?1, ?2, ?3, ?4, ?4)
                        ON CONFLICT (ticket_id) DO UPDATE SET cancelled_at = excluded.cancelled_at
                        """)
                .setParameter(1, ticketId).setParameter(2, communityCode).setParameter(3, day).setParameter(4, at)
                .executeUpdate();
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
}
