package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.RegistryModel;
import io.smallrye.common.annotation.Blocking;

/** Keeps this service's knowledge of communities and workers (phones, buildings) from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final RegistryModel model;

    RegistryEvents(IdempotentConsumer consumer, RegistryModel model) {
        this.consumer = consumer;
        this.model = model;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.COMMUNITY_REGISTERED.name().equals(event.type())) {
                model.communityRegistered(event.payload(EventType.COMMUNITY_REGISTERED));
            } else if (EventType.WORKER_REGISTERED.name().equals(event.type())) {
                model.workerRegistered(event.payload(EventType.WORKER_REGISTERED));
            }
        });
    }
}
