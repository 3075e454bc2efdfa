package city.hotline.notification.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.ControlZoneRegistered;
import city.hotline.events.ControlZoneRemoved;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.ResidentRemoved;
import city.hotline.events.WorkerRegistered;
import city.hotline.notification.domain.Community;
import city.hotline.notification.domain.Resident;
import city.hotline.notification.domain.StandingNeed;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ControlZoneRepository;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.WorkerRepository;

/**
 * Keeps what this service needs of the registry, from its events: communities (their names sign
 * messages), workers (how to reach them, the buildings they answer for), residents (how to reach
 * them, and the standing needs they are reminded of) and control zones (their dates and buildings,
 * which a broadcast may target).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistryModel {

    private final CommunityRepository communities;
    private final WorkerRepository workers;
    private final ResidentRepository residents;
    private final ControlZoneRepository controlZones;
    private final CommunityNames communityNames;

    RegistryModel(CommunityRepository communities, WorkerRepository workers, ResidentRepository residents,
            ControlZoneRepository controlZones, CommunityNames communityNames) {
        this.communities = communities;
        this.communityNames = communityNames;
        this.workers = workers;
        this.residents = residents;
        this.controlZones = controlZones;
    }

    public void controlZoneRegistered(ControlZoneRegistered zone) {
        controlZones.replace(zone.zoneId(), zone.communityCode(), zone.buildings(), zone.startsAt(), zone.endsAt());
    }

    public void controlZoneRemoved(ControlZoneRemoved zone) {
        controlZones.remove(zone.zoneId());
    }

    public void residentRegistered(ResidentRegistered registered) {
        Resident resident = residents.findByIdOptional(registered.residentId()).orElseGet(Resident::new);
        resident.id = registered.residentId();
        resident.communityCode = registered.communityCode();
        resident.householdId = registered.householdId();
        resident.building = registered.building();
        resident.unit = registered.unit();
        resident.door = registered.door();
        resident.tags = registered.tags() == null ? List.of() : List.copyOf(registered.tags());
        resident.preferredChannel = registered.preferredChannel();
        resident.phone = registered.phone();
        resident.contactConsent = registered.contactConsent();
        resident.needs = registered.needs() == null ? List.of() : registered.needs().stream()
                .map(need -> new StandingNeed(need.kind(), need.days(), need.atTime(), need.place(), need.runsOutOn()))
                .toList();
        residents.persist(resident);
    }

    public void residentRemoved(ResidentRemoved removed) {
        residents.deleteById(removed.residentId());
    }

    public void communityRegistered(CommunityRegistered registered) {
        Community community = communities.findByIdOptional(registered.code()).orElseGet(Community::new);
        community.code = registered.code();
        community.name = registered.name();
        communities.persist(community);
        communityNames.changing();
    }

    public void workerRegistered(WorkerRegistered registered) {
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
