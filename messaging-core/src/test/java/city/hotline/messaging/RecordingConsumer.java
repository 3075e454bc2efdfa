package city.hotline.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import io.smallrye.common.annotation.Blocking;

/** A consumer as a service writes one: its effect is a row per applied event. */
@ApplicationScoped
public class RecordingConsumer {

    private final IdempotentConsumer idempotentConsumer;
    private final EntityManager entityManager;

    RecordingConsumer(IdempotentConsumer idempotentConsumer, EntityManager entityManager) {
        this.idempotentConsumer = idempotentConsumer;
        this.entityManager = entityManager;
    }

    @Incoming("registry-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        idempotentConsumer.consume("registry-events", record, event -> {
            CommunityRegistered community = event.payload(EventType.COMMUNITY_REGISTERED);
            entityManager.createNativeQuery("INSERT INTO applied_event (event_id, community_code) VALUES (?1, ?2)")
                    .setParameter(1, event.id())
                    .setParameter(2, community.code())
                    .executeUpdate();
        });
    }

    /** The community codes of the events applied, in the order they were applied. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> appliedCommunities() {
        return entityManager.createNativeQuery("SELECT community_code FROM applied_event ORDER BY seq").getResultList();
    }
}
