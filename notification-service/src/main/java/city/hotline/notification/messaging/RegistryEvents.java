package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.notification.service.WorkerDirectory;
import io.smallrye.common.annotation.Blocking;

/** Keeps this service's knowledge of workers (phones, buildings) from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final WorkerDirectory workers;

    RegistryEvents(IdempotentConsumer consumer, WorkerDirectory workers) {
        this.consumer = consumer;
        this.workers = workers;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.WORKER_REGISTERED.name().equals(event.type())) {
                workers.registered(event.payload(EventType.WORKER_REGISTERED));
            }
        });
    }
}
