package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.BatchConsumer;
import city.hotline.messaging.EventRouter;
import city.hotline.notification.service.CallNotices;
import city.hotline.notification.service.CommunityForwarding;
import io.smallrye.common.annotation.Blocking;

/**
 * Tells communities of the praise calls intake takes for them, and pushes their suggestions to their
 * webhooks, as their dispatch topics carry them.
 */
@ApplicationScoped
public class CallEvents {

    private static final String CONSUMER = "call-events";

    private final BatchConsumer consumer;
    private final EventRouter handlers;

    CallEvents(BatchConsumer consumer, CallNotices notices, CommunityForwarding forwarding) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.CALL_RECEIVED, notices::received)
                .and(EventType.SUGGESTION_RECEIVED, (event, suggestion) ->
                        forwarding.forward(event, suggestion.communityCode()));
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        consumer.consume(CONSUMER, records, handlers);
    }
}
