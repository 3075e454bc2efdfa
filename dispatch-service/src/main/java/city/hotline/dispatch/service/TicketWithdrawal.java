package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.events.EventType;
import city.hotline.events.TicketCancelled;
import city.hotline.events.TicketWithdrawn;
import city.hotline.messaging.Outbox;

/**
 * 撤单: intake cancelled a ticket (an operator corrected its call to a type that needs no action).
 * The ticket is closed as cancelled, which stops its timers, and the step is published so that its
 * worker and the community's systems learn of it. A ticket already cancelled or closed stays as it is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketWithdrawal {

    private static final Logger LOG = Logger.getLogger(TicketWithdrawal.class);

    private final TicketRepository tickets;
    private final Outbox outbox;
    private final Clock clock;

    TicketWithdrawal(TicketRepository tickets, Outbox outbox, Clock clock) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void withdraw(TicketCancelled cancelled) {
        Ticket ticket = tickets.findById(cancelled.ticketId());
        if (ticket == null) {
            // Intake announces a ticket before it can cancel it, on the same partition: an unknown one
            // was never dispatched here (e.g. its opening went to the dead-letter topic).
            LOG.warnf("ticket %s cancelled by intake is not known here", cancelled.ticketId());
            return;
        }
        if (ticket.status == TicketStatus.CANCELLED || ticket.status == TicketStatus.CLOSED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String workerId = ticket.assigneeId == null ? null : ticket.assigneeId.toString();
        ticket.status = TicketStatus.CANCELLED;
        ticket.closedAt = now;
        ticket.record("CANCELLED", cancelled.operator() + ": the call is " + cancelled.type(), now);
        outbox.publish(EventType.TICKET_WITHDRAWN, ticket.communityCode, ticket.id, new TicketWithdrawn(ticket.id,
                ticket.communityCode, workerId, ticket.assigneeName, cancelled.type(), cancelled.operator(), now));
    }
}
