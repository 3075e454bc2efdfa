package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.CallNotices;
import io.smallrye.common.annotation.Blocking;

/** Tells communities of the praise calls intake takes for them. */
@ApplicationScoped
public class CallEvents {

    private static final String CONSUMER = "call-events";

    private final IdempotentConsumer consumer;
    private final CallNotices notices;

    CallEvents(IdempotentConsumer consumer, CallNotices notices) {
        this.consumer = consumer;
        this.notices = notices;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.CALL_RECEIVED.name().equals(event.type())) {
                notices.received(event, event.payload(EventType.CALL_RECEIVED));
            }
        });
    }
}
