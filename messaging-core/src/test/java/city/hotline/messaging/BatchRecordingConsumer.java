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
    private final EventRouter handlers;

    BatchRecordingConsumer(BatchConsumer batchConsumer, EntityManager entityManager) {
        this.batchConsumer = batchConsumer;
        this.entityManager = entityManager;
        this.handlers = EventRouter.on(EventType.COMMUNITY_REGISTERED, this::apply);
    }

    @Incoming("batched-registry-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        batchConsumer.consume("batched-registry-events", records, handlers);
    }

    private void apply(CloudEvent event, CommunityRegistered community) {
        if (UNAPPLICABLE.equals(community.name())) {
            throw new IllegalStateException("community " + community.code() + " cannot be applied");
        }
        entityManager.createNativeQuery("INSERT INTO batch_applied_event (event_id, community_code) VALUES (?1, ?2)")
                .setParameter(1, event.id())
                .setParameter(2, community.code())
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
