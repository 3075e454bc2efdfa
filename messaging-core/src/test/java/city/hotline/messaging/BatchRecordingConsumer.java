package city.hotline.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.CloudEvent;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import io.smallrye.common.annotation.Blocking;

/** A batched consumer as a service writes one; it cannot apply a community named {@link #UNAPPLICABLE}. */
@ApplicationScoped
public class BatchRecordingConsumer {

    static final String UNAPPLICABLE = "无法应用社区";

    private final BatchConsumer batchConsumer;
    private final EntityManager entityManager;

    BatchRecordingConsumer(BatchConsumer batchConsumer, EntityManager entityManager) {
        this.batchConsumer = batchConsumer;
        this.entityManager = entityManager;
    }

    /** Records the community code each record is keyed by, as a handler needing its record's key does. */
    @Incoming("batched-registry-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        batchConsumer.consumeEach("batched-registry-events", records, record -> EventRouter.on(
                EventType.COMMUNITY_REGISTERED, (event, community) -> apply(event, community, record.key())));
    }

    private void apply(CloudEvent event, CommunityRegistered community, String communityCode) {
        if (UNAPPLICABLE.equals(community.name())) {
            throw new IllegalStateException("community " + community.code() + " cannot be applied");
        }
        entityManager.createNativeQuery("INSERT INTO batch_applied_event (event_id, community_code) VALUES (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, communityCode)
                .executeUpdate();
    }

    /** The community codes of the events applied, in the order they were applied. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> appliedCommunities() {
        return entityManager.createNativeQuery("SELECT community_code FROM batch_applied_event ORDER BY seq")
                .getResultList();
    }
}
