package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.RegistryModel;
import io.smallrye.common.annotation.Blocking;

/** Keeps this service's knowledge of communities, workers, residents and control zones from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;

    RegistryEvents(IdempotentConsumer consumer, RegistryModel model) {
        this.consumer = consumer;
        this.handlers = EventRouter.on(EventType.COMMUNITY_REGISTERED, model::communityRegistered)
                .and(EventType.WORKER_REGISTERED, model::workerRegistered)
                .and(EventType.RESIDENT_REGISTERED, model::residentRegistered)
                .and(EventType.RESIDENT_REMOVED, model::residentRemoved)
                .and(EventType.CONTROL_ZONE_REGISTERED, model::controlZoneRegistered)
                .and(EventType.CONTROL_ZONE_REMOVED, model::controlZoneRemoved);
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }
}
