package city.hotline.dispatch.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.dispatch.service.Dispatcher;
import city.hotline.dispatch.service.TicketWithdrawal;
import city.hotline.events.EventType;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;

/** Dispatches each ticket intake opens, and withdraws each one it cancels. */
@ApplicationScoped
public class CallEvents {

    private static final String CONSUMER = "call-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;

    CallEvents(IdempotentConsumer consumer, Dispatcher dispatcher, TicketWithdrawal withdrawal) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.TICKET_OPENED, dispatcher::dispatch)
                .and(EventType.TICKET_CANCELLED, withdrawal::withdraw);
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }
}
