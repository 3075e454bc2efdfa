package city.hotline.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.events.TicketClosed;
import city.hotline.events.TicketReopened;
import city.hotline.events.TicketResolved;
import city.hotline.intake.domain.TicketStatus;
import city.hotline.intake.repository.TicketRepository;
import city.hotline.messaging.BatchConsumer;
import city.hotline.messaging.EventRouter;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps whether intake's tickets are open from dispatch's steps: a resolved or closed ticket takes
 * no more callers about its matter; a reopened one does again.
 */
@ApplicationScoped
public class TicketEvents {

    private static final String CONSUMER = "ticket-status-events";

    private final BatchConsumer consumer;
    private final EventRouter handlers;

    TicketEvents(BatchConsumer consumer, TicketRepository tickets) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.TICKET_RESOLVED, (TicketResolved resolved) ->
                        tickets.statusFromDispatch(resolved.ticketId(), TicketStatus.RESOLVED))
                .and(EventType.TICKET_CLOSED, (TicketClosed closed) ->
                        tickets.statusFromDispatch(closed.ticketId(), TicketStatus.CLOSED))
                .and(EventType.TICKET_REOPENED, (TicketReopened reopened) ->
                        tickets.statusFromDispatch(reopened.ticketId(), TicketStatus.OPEN));
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        consumer.consume(CONSUMER, records, handlers);
    }
}
