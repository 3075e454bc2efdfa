package city.hotline.intake.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CallPlaced;
import city.hotline.events.CallReceived;
import city.hotline.events.CallType;
import city.hotline.events.EventType;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketCancelled;
import city.hotline.events.TicketClosed;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketMarkedComplex;
import city.hotline.events.TicketOpened;
import city.hotline.events.TicketReopened;
import city.hotline.events.TicketResolved;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.intake.service.StatisticsDay;
import city.hotline.messaging.BatchConsumer;
import city.hotline.messaging.EventRouter;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the statistics' tallies from intake's own call events and dispatch's ticket events, so
 * they can be rebuilt from the topics and never slow down taking a call.
 */
@ApplicationScoped
public class StatisticsEvents {

    private static final String CALLS = "stats-call-events";
    private static final String TICKETS = "stats-ticket-events";

    private final BatchConsumer consumer;
    private final StatisticsRepository statistics;
    private final EventRouter callHandlers;
    private final EventRouter ticketHandlers;

    StatisticsEvents(BatchConsumer consumer, StatisticsRepository statistics) {
        this.consumer = consumer;
        this.statistics = statistics;
        this.callHandlers = EventRouter.on(EventType.CALL_RECEIVED, this::countCall)
                .and(EventType.CALL_PLACED, (CallPlaced placed) -> statistics.countCall(day(placed.receivedAt()),
                        placed.communityCode(), placed.type(), placed.category(),
                        answeredOnCall(placed.type(), placed.ticketId())))
                .and(EventType.TICKET_OPENED, this::ticketOpened)
                .and(EventType.TICKET_CANCELLED, (TicketCancelled cancelled) -> statistics.ticketCancelled(
                        cancelled.ticketId(), cancelled.communityCode(), day(cancelled.cancelledAt()),
                        cancelled.cancelledAt()));
        this.ticketHandlers = EventRouter.on(EventType.TICKET_ASSIGNED, this::ticketDispatched)
                .and(EventType.TICKET_ACCEPTED, (TicketAccepted accepted) ->
                        statistics.ticketAccepted(accepted.ticketId(), accepted.acceptedAt()))
                .and(EventType.TICKET_RESOLVED, (TicketResolved resolved) ->
                        statistics.ticketResolved(resolved.ticketId(), resolved.resolvedAt()))
                .and(EventType.TICKET_CLOSED, (TicketClosed closed) ->
                        statistics.ticketClosed(closed.ticketId(), closed.closedAt()))
                // A complex ticket's longer resolve-by decides whether it is overdue.
                .and(EventType.TICKET_MARKED_COMPLEX, (TicketMarkedComplex complex) ->
                        statistics.ticketMarkedComplex(complex.ticketId(), complex.resolveBy()))
                .and(EventType.TICKET_REOPENED, (TicketReopened reopened) ->
                        statistics.ticketReopened(reopened.ticketId(), reopened.reopenCount()))
                .and(EventType.TICKET_FOLLOWED_UP, (TicketFollowedUp followUp) ->
                        statistics.ticketFollowedUp(followUp.ticketId(), followUp.at(), followUp.solved(),
                                followUp.satisfaction().name()));
    }

    @Incoming(CALLS)
    @Blocking
    public void onCallEvents(ConsumerRecords<String, String> records) {
        consumer.consume(CALLS, records, callHandlers);
    }

    @Incoming(TICKETS)
    @Blocking
    public void onTicketEvents(ConsumerRecords<String, String> records) {
        consumer.consume(TICKETS, records, ticketHandlers);
    }

    private void countCall(CallReceived call) {
        // An unplaced call is counted once it is placed (hotline.call.placed), in the community it is placed in.
        if (call.communityCode() != null) {
            statistics.countCall(day(call.receivedAt()), call.communityCode(), call.type(), call.category(),
                    answeredOnCall(call.type(), call.ticketId()));
        }
    }

    /**
     * A placed consultation without a ticket was answered on the call from the knowledge base:
     * intake opens (or joins) a ticket for a placed consultation exactly when no answer fits.
     */
    private static boolean answeredOnCall(CallType type, String ticketId) {
        return type == CallType.CONSULTATION && ticketId == null;
    }

    private void ticketOpened(TicketOpened ticket) {
        statistics.ticketOpened(ticket.ticketId(), ticket.communityCode(), day(ticket.openedAt()), ticket.openedAt());
    }

    private void ticketDispatched(TicketAssigned ticket) {
        statistics.ticketDispatched(ticket.ticketId(), ticket.communityCode(), day(ticket.assignedAt()),
                ticket.assignedAt(), ticket.acceptBy(), ticket.resolveBy());
    }

    private static LocalDate day(OffsetDateTime time) {
        return StatisticsDay.of(time);
    }
}
