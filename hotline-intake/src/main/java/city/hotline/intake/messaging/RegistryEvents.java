package city.hotline.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.messaging.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;

/** Keeps intake's model of the communities from the registry's events. */
@ApplicationScoped
public class RegistryEvents {

    private static final String CONSUMER = "registry-events";

    private final IdempotentConsumer consumer;
    private final CommunityViewRepository communities;

    RegistryEvents(IdempotentConsumer consumer, CommunityViewRepository communities) {
        this.consumer = consumer;
        this.communities = communities;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, event -> {
            if (EventType.COMMUNITY_REGISTERED.name().equals(event.type())) {
                apply(event.payload(EventType.COMMUNITY_REGISTERED));
            }
        });
    }

    private void apply(CommunityRegistered registered) {
        CommunityView community = communities.findByIdOptional(registered.code()).orElseGet(CommunityView::new);
        community.code = registered.code();
        community.name = registered.name();
        community.cityCode = registered.cityCode();
        communities.persist(community);
    }
}
