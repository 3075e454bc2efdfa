package city.hotline.messaging;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets applied events once no redelivery of them can come, so {@code processed_event} stays
 * the size of a few days' events instead of growing with every event ever consumed.
 */
@ApplicationScoped
public class ProcessedEventPruning {

    private final EntityManager entityManager;
    private final MessagingConfig config;

    ProcessedEventPruning(EntityManager entityManager, MessagingConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "processed-event-pruning", every = "1h", delay = 5, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        entityManager.createNativeQuery("DELETE FROM processed_event WHERE processed_at < ?1")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(config.processedEventRetention()))
                .executeUpdate();
    }
}
