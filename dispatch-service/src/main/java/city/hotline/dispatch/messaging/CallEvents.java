package city.hotline.dispatch.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.dispatch.service.Dispatcher;
import city.hotline.events.EventType;
import city.hotline.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;

/** Dispatches each ticket intake opens. */
@ApplicationScoped
public class CallEvents {

    private static final String CONSUMER = "call-events";

    private final IdempotentConsumer consumer;
    private final Dispatcher dispatcher;

    CallEvents(IdempotentConsumer consumer, Dispatcher dispatcher) {
        this.consumer = consumer;
        this.dispatcher = dispatcher;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.TICKET_OPENED.name().equals(event.type())) {
                dispatcher.dispatch(event.payload(EventType.TICKET_OPENED));
            }
        });
    }
}
