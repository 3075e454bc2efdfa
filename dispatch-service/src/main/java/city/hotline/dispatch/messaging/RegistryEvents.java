package city.hotline.dispatch.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.dispatch.domain.CommunityView;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.CommunityViewRepository;
import city.hotline.dispatch.repository.ControlZoneRepository;
import city.hotline.dispatch.repository.SpecialNeedsRepository;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.dispatch.service.Dispatcher;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.ControlZoneRegistered;
import city.hotline.events.ControlZoneRemoved;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.ResidentRemoved;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.events.WorkerRemoved;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import city.hotline.messaging.TopicProvisioning;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps dispatch's model of the communities, their workers, control zones and special-needs
 * residents from the registry's events.
 */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;
    private final WorkerViewRepository workers;
    private final CommunityViewRepository communities;
    private final Dispatcher dispatcher;
    private final ControlZoneRepository controlZones;
    private final TopicProvisioning topics;

    RegistryEvents(IdempotentConsumer consumer, WorkerViewRepository workers, CommunityViewRepository communities,
            ControlZoneRepository controlZones, SpecialNeedsRepository specialNeeds, Dispatcher dispatcher,
            TopicProvisioning topics) {
        this.consumer = consumer;
        this.workers = workers;
        this.communities = communities;
        this.dispatcher = dispatcher;
        this.controlZones = controlZones;
        this.topics = topics;
        this.handlers = EventRouter.on(EventType.WORKER_REGISTERED, this::applyWorker)
                .and(EventType.WORKER_REMOVED, this::removeWorker)
                .and(EventType.COMMUNITY_REGISTERED, this::applyCommunity)
                .and(EventType.CONTROL_ZONE_REGISTERED, (ControlZoneRegistered zone) -> controlZones.replace(
                        zone.zoneId(), zone.communityCode(), zone.buildings(), zone.startsAt(), zone.endsAt()))
                .and(EventType.CONTROL_ZONE_REMOVED, (ControlZoneRemoved zone) -> controlZones.remove(zone.zoneId()))
                .and(EventType.RESIDENT_REGISTERED, (ResidentRegistered resident) -> specialNeeds.replace(
                        resident.residentId(), resident.communityCode(), resident.tags()))
                .and(EventType.RESIDENT_REMOVED, (ResidentRemoved resident) ->
                        specialNeeds.remove(resident.residentId()));
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, handlers);
    }

    private void applyCommunity(CommunityRegistered registered) {
        CommunityView community = communities.findByIdOptional(registered.code()).orElseGet(CommunityView::new);
        community.code = registered.code();
        community.name = registered.name();
        community.streetCode = registered.streetCode();
        community.streetName = registered.streetName();
        community.districtCode = registered.districtCode();
        community.districtName = registered.districtName();
        communities.persist(community);
        // Before the community's first ticket, whose assignment would otherwise wait for the topic's creation.
        topics.createAhead(Topics.dispatch(registered.code()));
    }

    private void applyWorker(WorkerRegistered registered) {
        UUID id = UUID.fromString(registered.workerId());
        WorkerView worker = workers.findByIdOptional(id).orElseGet(WorkerView::new);
        worker.id = id;
        worker.communityCode = registered.communityCode();
        worker.name = registered.name();
        worker.role = registered.role();
        worker.onDuty = registered.onDuty();
        worker.buildings.clear();
        if (registered.buildings() != null) {
            worker.buildings.addAll(registered.buildings());
        }
        workers.persist(worker);
        if (worker.onDuty) {
            dispatcher.assignWaiting(worker.communityCode);
        } else {
            dispatcher.rerouteUnaccepted(worker);
        }
    }

    /**
     * A worker left the registry: they are no longer a candidate, and their open tickets go to the
     * next one. A second removal of the same worker finds nobody and changes nothing.
     */
    private void removeWorker(WorkerRemoved removed) {
        workers.findByIdOptional(UUID.fromString(removed.workerId())).ifPresent(worker -> {
            workers.delete(worker);
            workers.flush();
            dispatcher.rerouteOpenTickets(worker);
        });
    }
}
