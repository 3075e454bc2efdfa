package city.hotline.registry.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.EventType;
import city.hotline.events.WorkerRegistered;
import city.hotline.events.WorkerRemoved;
import city.hotline.messaging.Outbox;
import city.hotline.registry.domain.Community;
import city.hotline.registry.domain.Worker;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.WorkerRepository;
import city.hotline.web.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * Keeps a community's workers: who they are, the buildings they answer for and whether they are on
 * duty. Dispatch routes tickets by what this tells it, so every change is published.
 */
@ApplicationScoped
@Transactional
public class WorkerRoster {

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final WorkerRepository workers;
    private final Outbox outbox;

    WorkerRoster(CommunityRepository communities, BuildingRepository buildings, WorkerRepository workers,
            Outbox outbox) {
        this.communities = communities;
        this.buildings = buildings;
        this.workers = workers;
        this.outbox = outbox;
    }

    public Worker register(@Valid WorkerForm form) {
        Community community = community(form.communityCode());
        if (workers.byName(form.communityCode(), form.name()).isPresent()) {
            throw new ClientErrorException(form.name() + " is already a worker of " + community.name, 409);
        }
        Worker worker = new Worker();
        worker.id = UUID.randomUUID();
        worker.community = community;
        apply(worker, form);
        return worker;
    }

    /** Changes a worker; a worker does not move to another community (remove and register instead). */
    public Worker update(UUID id, @Valid WorkerForm form) {
        Worker worker = find(id);
        if (!worker.community.code.equals(form.communityCode())) {
            throw new InvalidInputException("communityCode",
                    worker.name + " is a worker of " + worker.community.code + "; remove and register to move");
        }
        workers.byName(form.communityCode(), form.name())
                .filter(other -> !other.id.equals(id))
                .ifPresent(other -> {
                    throw new ClientErrorException(form.name() + " is already a worker of "
                            + worker.community.name, 409);
                });
        apply(worker, form);
        return worker;
    }

    /**
     * Enters or changes workers as an import does, each matched by name within its community: a form that
     * says what the registry holds changes nothing and tells nobody.
     */
    public SaveCounts saveAll(List<@Valid WorkerForm> forms) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (WorkerForm form : forms) {
            Optional<Worker> existing = workers.byName(form.communityCode(), form.name());
            if (existing.isPresent() && WorkerForm.of(existing.get()).equals(form)) {
                unchanged++;
            } else if (existing.isPresent()) {
                apply(existing.get(), form);
                updated++;
            } else {
                register(form);
                created++;
            }
        }
        return new SaveCounts(created, updated, unchanged);
    }

    /** 上岗 / 下岗: whether the worker takes tickets now. Setting what is already so tells nobody. */
    public Worker setOnDuty(UUID id, boolean onDuty) {
        Worker worker = find(id);
        if (worker.onDuty != onDuty) {
            worker.onDuty = onDuty;
            outbox.publish(EventType.WORKER_REGISTERED, worker.community.code, worker.id.toString(),
                    worker.registered());
        }
        return worker;
    }

    public void remove(UUID id) {
        Worker worker = find(id);
        WorkerRemoved removed = new WorkerRemoved(worker.id.toString(), worker.community.code);
        workers.delete(worker);
        outbox.publish(EventType.WORKER_REMOVED, removed.communityCode(), removed.workerId(), removed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Worker find(UUID id) {
        return workers.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no worker has the id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Worker> search(WorkerRepository.Filter filter, Page page) {
        return workers.matching(filter, page);
    }

    private Community community(String code) {
        return communities.findByIdOptional(code)
                .orElseThrow(() -> new InvalidInputException("communityCode", "no community has the code " + code));
    }

    private void apply(Worker worker, WorkerForm form) {
        WorkerRegistered before = worker.name == null ? null : worker.registered();
        worker.name = form.name();
        worker.role = form.role();
        worker.title = form.title();
        worker.phone = form.phone();
        worker.onDuty = form.onDuty();
        worker.duties.clear();
        worker.duties.addAll(form.duties());
        worker.buildings.clear();
        for (String qualifiedName : form.buildings()) {
            worker.buildings.add(buildings.byQualifiedName(worker.community.code, qualifiedName)
                    .orElseThrow(() -> new InvalidInputException("buildings",
                            qualifiedName + " is not a building of " + worker.community.name)));
        }
        workers.persist(worker);
        WorkerRegistered after = worker.registered();
        if (!after.equals(before)) {
            outbox.publish(EventType.WORKER_REGISTERED, worker.community.code, worker.id.toString(), after);
        }
    }
}
