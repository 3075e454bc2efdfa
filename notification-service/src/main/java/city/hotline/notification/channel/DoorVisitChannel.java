package city.hotline.notification.channel;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.VisitTask;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.VisitTaskRepository;
import city.hotline.notification.repository.WorkerRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * 上门: gives the message to the worker who answers for the recipient's building (the address is
 * {@code compound/building}) as a visit task, for a household that no phone reaches.
 */
@ApplicationScoped
public class DoorVisitChannel implements Channel {

    private final WorkerRepository workers;
    private final VisitTaskRepository visits;
    private final Clock clock;

    DoorVisitChannel(WorkerRepository workers, VisitTaskRepository visits, Clock clock) {
        this.workers = workers;
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.DOOR_VISIT;
    }

    @Override
    public void send(Outgoing outgoing) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (visits.existsForDelivery(outgoing.deliveryId())) {
                return; // an earlier attempt created it and died before recording so
            }
            Worker worker = workers.answeringFor(outgoing.communityCode(), outgoing.address())
                    .orElseThrow(() -> new DeliveryFailedException(
                            "no worker answers for building " + outgoing.address(), false));
            VisitTask task = new VisitTask();
            task.id = UUID.randomUUID();
            task.deliveryId = outgoing.deliveryId();
            task.workerId = worker.id;
            task.communityCode = outgoing.communityCode();
            task.building = outgoing.address();
            task.recipientName = outgoing.recipientName();
            task.message = outgoing.body();
            task.status = VisitTask.OPEN;
            task.createdAt = OffsetDateTime.now(clock);
            visits.persist(task);
        });
    }
}
