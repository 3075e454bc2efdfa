package city.hotline.dispatch.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.dispatch.service.Dispatcher;
import city.hotline.events.EventType;
import city.hotline.events.WorkerRegistered;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;

/** Keeps dispatch's model of each community's workers from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;
    private final WorkerViewRepository workers;
    private final Dispatcher dispatcher;

    RegistryEvents(IdempotentConsumer consumer, WorkerViewRepository workers, Dispatcher dispatcher) {
        this.consumer = consumer;
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.handlers = EventRouter.on(EventType.WORKER_REGISTERED, this::apply);
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    private void apply(WorkerRegistered registered) {
        UUID id = UUID.fromString(registered.workerId());
        WorkerView worker = workers.findByIdOptional(id).orElseGet(WorkerView::new);
        worker.id = id;
        worker.communityCode = registered.communityCode();
        worker.name = registered.name();
        worker.role = registered.role();
        worker.onDuty = registered.onDuty();
        workers.persist(worker);
        if (worker.onDuty) {
            dispatcher.assignWaiting(worker.communityCode);
        }
    }
}
