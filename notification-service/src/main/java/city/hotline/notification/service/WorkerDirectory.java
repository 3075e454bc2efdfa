package city.hotline.notification.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.WorkerRegistered;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.WorkerRepository;

/** Keeps how to reach each worker, and the buildings they answer for, from the registry's events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkerDirectory {

    private final WorkerRepository workers;

    WorkerDirectory(WorkerRepository workers) {
        this.workers = workers;
    }

    public void registered(WorkerRegistered registered) {
        UUID id = UUID.fromString(registered.workerId());
        Worker worker = workers.findByIdOptional(id).orElseGet(Worker::new);
        worker.id = id;
        worker.communityCode = registered.communityCode();
        worker.name = registered.name();
        worker.role = registered.role();
        worker.phone = registered.phone();
        worker.onDuty = registered.onDuty();
        worker.buildings.clear();
        if (registered.buildings() != null) {
            worker.buildings.addAll(registered.buildings());
        }
        workers.persist(worker);
    }
}
