package city.hotline.dispatch.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketOpened;
import city.hotline.messaging.Outbox;

/**
 * 派单: turns an opened ticket into a ticket with a deadline and, when one of its community's
 * workers is on duty, a named assignee, and publishes the dispatch to the community's topic.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Dispatcher {

    private final TicketRepository tickets;
    private final WorkerViewRepository workers;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;

    Dispatcher(TicketRepository tickets, WorkerViewRepository workers, DeadlinePolicy deadlines, Outbox outbox) {
        this.tickets = tickets;
        this.workers = workers;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    public Ticket dispatch(TicketOpened opened) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Ticket ticket = new Ticket();
        ticket.id = opened.ticketId();
        ticket.callId = UUID.fromString(opened.callId());
        ticket.communityCode = opened.communityCode();
        ticket.type = opened.type();
        ticket.urgency = opened.urgency();
        ticket.category = opened.category();
        ticket.summary = opened.summary();
        ticket.openedAt = opened.openedAt();
        DeadlinePolicy.Deadlines due = deadlines.from(opened.openedAt(), opened.urgency());
        ticket.acceptBy = due.acceptBy();
        ticket.resolveBy = due.resolveBy();
        ticket.status = TicketStatus.OPEN;
        ticket.record("OPENED", null, now);

        Optional<WorkerView> worker = workers.leastLoadedOnDuty(ticket.communityCode);
        if (worker.isPresent()) {
            assign(ticket, worker.get(), now);
        } else {
            ticket.record("WAITING", "no worker of the community is on duty", now);
        }
        tickets.persist(ticket);
        return ticket;
    }

    /**
     * Assigns the tickets of a community that were waiting for someone on duty, oldest first,
     * when a worker of it comes on duty or becomes known.
     */
    public void assignWaiting(String communityCode) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Ticket ticket : tickets.waiting(communityCode)) {
            Optional<WorkerView> worker = workers.leastLoadedOnDuty(communityCode);
            if (worker.isEmpty()) {
                return;
            }
            assign(ticket, worker.get(), now);
        }
    }

    private void assign(Ticket ticket, WorkerView worker, OffsetDateTime now) {
        ticket.status = TicketStatus.ASSIGNED;
        ticket.assigneeId = worker.id;
        ticket.assigneeName = worker.name;
        ticket.record("ASSIGNED", worker.name, now);
        outbox.publish(EventType.TICKET_ASSIGNED, ticket.communityCode, ticket.id, new TicketAssigned(ticket.id,
                ticket.communityCode, worker.id.toString(), worker.name, ticket.urgency, ticket.category,
                ticket.summary, now, ticket.acceptBy, ticket.resolveBy));
    }
}
