package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.TicketNotices;
import io.smallrye.common.annotation.Blocking;

/** Tells people of each ticket step dispatch publishes. */
@ApplicationScoped
public class TicketEvents {

    private static final String CONSUMER = "ticket-events";

    private final IdempotentConsumer consumer;
    private final TicketNotices notices;

    TicketEvents(IdempotentConsumer consumer, TicketNotices notices) {
        this.consumer = consumer;
        this.notices = notices;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.TICKET_ASSIGNED.name().equals(event.type())) {
                notices.assigned(event, event.payload(EventType.TICKET_ASSIGNED));
            }
        });
    }
}
