package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.hotline.dispatch.domain.CommunityView;
import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.CommunityViewRepository;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.events.EscalationLevel;
import city.hotline.events.EventType;
import city.hotline.events.TicketEscalated;
import city.hotline.messaging.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Fires the tickets' stored timers. Not accepted in time: the ticket is offered to the next
 * candidate and the community secretary told. Not resolved in time: it is escalated to the
 * community secretary, then the street, then the district (吹哨), one level per interval.
 *
 * <p>The timers are columns of the ticket ({@code next_due_at}), so they survive restarts; each
 * round claims due rows with {@code FOR UPDATE SKIP LOCKED}, so a timer fires once however many
 * replicas run.
 */
@ApplicationScoped
public class DeadlineWatch {

    static final String MISSED_ACCEPT = "ACCEPT";
    static final String MISSED_RESOLVE = "RESOLVE";

    private final TicketRepository tickets;
    private final CommunityViewRepository communities;
    private final Router router;
    private final Dispatcher dispatcher;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;
    private final int batchSize;

    DeadlineWatch(TicketRepository tickets, CommunityViewRepository communities, Router router, Dispatcher dispatcher,
            DeadlinePolicy deadlines, Outbox outbox, Clock clock,
            @ConfigProperty(name = "hotline.dispatch.timers.batch-size") int batchSize) {
        this.tickets = tickets;
        this.communities = communities;
        this.router = router;
        this.dispatcher = dispatcher;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "deadline-watch", every = "${hotline.dispatch.timers.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        fireDue();
    }

    /** Fires every timer due now, a batch per transaction; the number of tickets acted on. */
    public int fireDue() {
        int fired = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::fireBatch);
            fired += batch;
        } while (batch == batchSize);
        return fired;
    }

    private int fireBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Ticket> due = tickets.claimDue(now, batchSize);
        for (Ticket ticket : due) {
            if (ticket.status.awaitsAcceptance() && !ticket.acceptBy.isAfter(now)) {
                missedAcceptance(ticket, now);
            }
            if (ticket.status.isPending() && ticket.escalateAt != null && !ticket.escalateAt.isAfter(now)) {
                escalate(ticket, now);
            }
            ticket.setTimer();
        }
        tickets.flush();
        return due.size();
    }

    /** Offered to the next candidate (the one who let it pass is passed over) and the secretary told. */
    private void missedAcceptance(Ticket ticket, OffsetDateTime now) {
        OffsetDateTime missed = ticket.acceptBy;
        ticket.record("ACCEPT_OVERDUE", ticket.assigneeName == null ? "nobody on duty"
                : ticket.assigneeName + " did not accept in time", now);
        publishEscalation(ticket, MISSED_ACCEPT, EscalationLevel.SECRETARY, missed, now);
        if (ticket.status == TicketStatus.ASSIGNED) {
            ticket.passedOver.add(ticket.assigneeId);
        }
        Optional<WorkerView> next = router.route(ticket);
        if (next.isPresent()) {
            dispatcher.assign(ticket, next.get(), now);
        } else {
            // Nobody else to offer it to: it stays where it is, and the secretary is told again next time.
            ticket.acceptBy = deadlines.acceptBy(now, ticket.urgency, ticket.category);
        }
    }

    private void escalate(Ticket ticket, OffsetDateTime now) {
        EscalationLevel level = ticket.escalationLevel == null ? EscalationLevel.SECRETARY
                : EscalationLevel.values()[ticket.escalationLevel.ordinal() + 1];
        ticket.escalationLevel = level;
        ticket.escalateAt = level == EscalationLevel.DISTRICT ? null
                : deadlines.nextEscalation(ticket.escalateAt, ticket.urgency, ticket.category);
        ticket.record("ESCALATED", level.name(), now);
        publishEscalation(ticket, MISSED_RESOLVE, level, ticket.resolveBy, now);
    }

    private void publishEscalation(Ticket ticket, String missed, EscalationLevel level, OffsetDateTime deadline,
            OffsetDateTime now) {
        outbox.publish(EventType.TICKET_ESCALATED, ticket.communityCode, ticket.id, new TicketEscalated(ticket.id,
                ticket.communityCode, missed, level, supervisorCode(ticket.communityCode, level), deadline, now,
                deadlines.notifyAfter(now, ticket.urgency, level)));
    }

    /** The code of the community, street or district told; null when the registry has not told us the street yet. */
    private String supervisorCode(String communityCode, EscalationLevel level) {
        if (level == EscalationLevel.SECRETARY) {
            return communityCode;
        }
        Optional<CommunityView> community = communities.findByIdOptional(communityCode);
        return community.map(found -> level == EscalationLevel.STREET ? found.streetCode : found.districtCode)
                .orElse(null);
    }
}
