package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.TicketNotices;
import io.smallrye.common.annotation.Blocking;

/** Tells people of each ticket step dispatch publishes. */
@ApplicationScoped
public class TicketEvents {

    private static final String CONSUMER = "ticket-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;

    TicketEvents(IdempotentConsumer consumer, TicketNotices notices) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.TICKET_ASSIGNED, notices::assigned);
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }
}
