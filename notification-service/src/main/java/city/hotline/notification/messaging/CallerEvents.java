package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.BatchConsumer;
import city.hotline.messaging.EventRouter;
import city.hotline.notification.service.CallerNotices;
import io.smallrye.common.annotation.Blocking;

/** Learns who called about each ticket, from the topic only this service reads, and tells them its number. */
@ApplicationScoped
public class CallerEvents {

    private static final String CONSUMER = "caller-events";

    private final BatchConsumer consumer;
    private final EventRouter handlers;

    CallerEvents(BatchConsumer consumer, CallerNotices notices) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.TICKET_CALLER_ADDED, notices::added);
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        consumer.consume(CONSUMER, records, handlers);
    }
}
