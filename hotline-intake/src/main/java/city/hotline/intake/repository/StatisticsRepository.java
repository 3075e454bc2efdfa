package city.hotline.intake.repository;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import city.hotline.events.CallType;
import city.hotline.events.Category;

/**
 * The tallies and ticket facts statistics are computed from, as the consumers record them. Each
 * change marks its community's day for the fold (a trigger, V24 migration), which keeps the roll-ups.
 *
 * <p>The statements go to JDBC on the transaction's connection, not through Hibernate: a consumer runs one per event,
 * and building, binding and flushing a Hibernate native query for each was most of their CPU (docs/performance.md).
 * No entity is read or written here, so nothing Hibernate holds needs writing first.
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
        execute("""
                INSERT INTO call_tally (day, community_code, type, category, calls, answered_on_call)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (day, community_code, type, category) DO UPDATE
                SET calls = call_tally.calls + excluded.calls,
                    answered_on_call = call_tally.answered_on_call + excluded.answered_on_call
                """, day, communityCode, type.name(), category.name(), calls, answeredOnCall);
    }

    /** Events of a ticket arrive on two topics in either order: each upsert completes the row. */
    public void ticketOpened(String ticketId, String communityCode, LocalDate day, OffsetDateTime openedAt) {
        execute("""
                INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET day = excluded.day, opened_at = excluded.opened_at
                """, ticketId, communityCode, day, openedAt);
    }

    public void ticketDispatched(String ticketId, String communityCode, LocalDate day, OffsetDateTime dispatchedAt,
            OffsetDateTime acceptBy, OffsetDateTime resolveBy) {
        execute("""
                INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, dispatched_at, accept_by, resolve_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET
                    dispatched_at = coalesce(ticket_fact.dispatched_at, excluded.dispatched_at),
                    accept_by = excluded.accept_by, resolve_by = excluded.resolve_by
                """, ticketId, communityCode, day, dispatchedAt, dispatchedAt, acceptBy, resolveBy);
    }

    /** The first acceptance is the one the response rate judges. */
    public void ticketAccepted(String ticketId, OffsetDateTime at) {
        updateTicket("accepted_at = coalesce(accepted_at, ?)", ticketId, at);
    }

    /** 办理复杂: the ticket's resolve-by is now the policy's longer one for complex tickets. */
    public void ticketMarkedComplex(String ticketId, OffsetDateTime resolveBy) {
        updateTicket("resolve_by = ?", ticketId, resolveBy);
    }

    public void ticketResolved(String ticketId, OffsetDateTime at) {
        updateTicket("resolved_at = ?", ticketId, at);
    }

    public void ticketClosed(String ticketId, OffsetDateTime at) {
        updateTicket("closed_at = ?", ticketId, at);
    }

    /** A reopened ticket is no longer resolved nor closed until it is again. */
    public void ticketReopened(String ticketId, int reopenCount) {
        updateTicket("reopened = ?, resolved_at = NULL, closed_at = NULL", ticketId, reopenCount);
    }

    /** A ticket cancelled by a classification correction counts in no figure (docs/statistics.md). */
    public void ticketCancelled(String ticketId, String communityCode, LocalDate day, OffsetDateTime at) {
        execute("""
                INSERT INTO ticket_fact (ticket_id, community_code, day, opened_at, cancelled_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (ticket_id) DO UPDATE SET cancelled_at = excluded.cancelled_at
                """, ticketId, communityCode, day, at, at);
    }

    /** The latest follow-up is the caller's verdict. */
    public void ticketFollowedUp(String ticketId, OffsetDateTime at, boolean solved, String satisfaction) {
        updateTicket("followed_up_at = ?, solved = ?, satisfaction = ?", ticketId, at, solved, satisfaction);
    }

    /** @param values the values of the assignments' parameters, in order */
    private void updateTicket(String assignments, String ticketId, Object... values) {
        Object[] parameters = Arrays.copyOf(values, values.length + 1);
        parameters[values.length] = ticketId;
        execute("UPDATE ticket_fact SET " + assignments + " WHERE ticket_id = ?", parameters);
    }

    private void execute(String sql, Object... parameters) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        });
    }
}
