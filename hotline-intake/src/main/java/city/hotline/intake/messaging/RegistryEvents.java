package city.hotline.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.messaging.EventRouter;
import city.hotline.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;

/** Keeps intake's model of the communities from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final EventRouter handlers;
    private final CommunityViewRepository communities;

    RegistryEvents(IdempotentConsumer consumer, CommunityViewRepository communities) {
        this.consumer = consumer;
        this.communities = communities;
        this.handlers = EventRouter.on(EventType.COMMUNITY_REGISTERED, this::apply);
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
    }
}
