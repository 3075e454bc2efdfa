package city.hotline.intake.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.ResidentRemoved;
import city.hotline.events.WorkerRegistered;
import city.hotline.events.WorkerRemoved;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.domain.ResidentPhone;
import city.hotline.intake.domain.WorkerName;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.PlaceNameRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.intake.repository.WorkerNameRepository;
import city.hotline.intake.service.PlaceNames;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.personaldata.BlindIndex;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps intake's models of the registry from its events, so calls are placed without asking the
 * registry: the communities, the names of their compounds and buildings (from workers' and
 * residents' buildings), residents' phones, and workers' names (to credit praise).
 */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;
    private final CommunityViewRepository communities;
    private final PlaceNameRepository placeNames;
    private final ResidentPhoneRepository residentPhones;
    private final WorkerNameRepository workerNames;
    private final BlindIndex blindIndex;

    RegistryEvents(IdempotentConsumer consumer, CommunityViewRepository communities, PlaceNameRepository placeNames,
            ResidentPhoneRepository residentPhones, WorkerNameRepository workerNames, BlindIndex blindIndex) {
        this.consumer = consumer;
        this.communities = communities;
        this.placeNames = placeNames;
        this.residentPhones = residentPhones;
        this.workerNames = workerNames;
        this.blindIndex = blindIndex;
        this.handlers = EventRouter.on(EventType.COMMUNITY_REGISTERED, this::apply)
                .and(EventType.WORKER_REGISTERED, this::apply)
                .and(EventType.WORKER_REMOVED, (WorkerRemoved removed) -> workerNames.deleteById(removed.workerId()))
                .and(EventType.RESIDENT_REGISTERED, this::apply)
                .and(EventType.RESIDENT_REMOVED, (ResidentRemoved removed) ->
                        residentPhones.deleteById(removed.residentId()));
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    private void apply(CommunityRegistered registered) {
        CommunityView community = communities.findByIdOptional(registered.code()).orElseGet(CommunityView::new);
        community.code = registered.code();
        community.name = registered.name();
        community.cityCode = registered.cityCode();
        community.cityName = registered.cityName();
        community.streetCode = registered.streetCode();
        community.streetName = registered.streetName();
        community.districtCode = registered.districtCode();
        community.districtName = registered.districtName();
        communities.persist(community);
        PlaceNames.ofCommunity(registered.name()).forEach(name -> placeNames.remember(name, registered.code(), null));
    }

    private void apply(WorkerRegistered registered) {
        rememberBuildings(registered.communityCode(), registered.buildings());
        WorkerName worker = workerNames.findByIdOptional(registered.workerId()).orElseGet(WorkerName::new);
        worker.workerId = registered.workerId();
        worker.communityCode = registered.communityCode();
        worker.name = registered.name();
        workerNames.persist(worker);
    }

    private void apply(ResidentRegistered resident) {
        if (resident.building() != null) {
            rememberBuildings(resident.communityCode(), List.of(resident.building()));
        }
        if (resident.phone() == null || resident.phone().isBlank()) {
            residentPhones.deleteById(resident.residentId());
            return;
        }
        ResidentPhone known = residentPhones.findByIdOptional(resident.residentId()).orElseGet(ResidentPhone::new);
        known.residentId = resident.residentId();
        known.phone(resident.phone(), blindIndex);
        known.communityCode = resident.communityCode();
        known.building = resident.building();
        known.specialNeeds = resident.tags() != null && !resident.tags().isEmpty();
        residentPhones.persist(known);
    }

    private void rememberBuildings(String communityCode, List<String> buildings) {
        for (String building : buildings == null ? List.<String>of() : buildings) {
            placeNames.remember(PlaceNames.compoundOf(building), communityCode, null);
            placeNames.remember(PlaceNames.ofBuilding(building), communityCode, building);
        }
    }
}
