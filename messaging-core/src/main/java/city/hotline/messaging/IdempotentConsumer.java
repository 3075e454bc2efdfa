package city.hotline.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import city.hotline.database.DatabaseOutage;
import city.hotline.events.CloudEvent;
import city.hotline.events.KafkaBinding;
import city.hotline.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The only way an event enters a service: its CloudEvent id is recorded for the consumer in the
 * same transaction as the handler's effect, so a redelivered event changes nothing.
 *
 * <p>While PostgreSQL is unavailable the consumer waits for it, trying again with a growing pause:
 * the event is good, and sending it to the dead-letter topic would lose it for this service. Its
 * offset is not committed meanwhile, so a consumer killed while it waits gets the event again.
 * Another failure that a retry may cure (a lock timeout) is retried a few times; a malformed
 * event is not. What still fails is thrown to the messaging connector, which sends the record to
 * the service's dead-letter topic with the reason in a header and goes on with the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);

    private final EntityManager entityManager;
    private final Duration maxBackoff;

    IdempotentConsumer(EntityManager entityManager, MessagingConfig config) {
        this.entityManager = entityManager;
        this.maxBackoff = config.consumerMaxBackoff();
    }

    /**
     * Applies the event a record carries, once per consumer.
     *
     * @param consumer a name unique within the service, e.g. the channel name
     */
    @Retry(maxRetries = 4, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void consume(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        CloudEvent event = KafkaBinding.read(record);
        if (!handler.wants(event.type())) {
            return;
        }
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                apply(consumer, event, handler);
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isCause(e)) {
                    throw e;
                }
                LOG.warnf("%s waits for the database to apply event %s (attempt %d, next in %d ms): %s", consumer,
                        event.id(), attempt, backoff.toMillis(), e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(String consumer, CloudEvent event, EventHandler handler) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (markApplied(consumer, event.id())) {
                handler.handle(event);
            }
        });
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down: the offset stays uncommitted, the event comes again to the next consumer.
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    /**
     * Insert first, then act: unlike check-then-insert, two deliveries racing on two threads cannot
     * both pass, because the second insert waits for the first transaction and then conflicts.
     */
    private boolean markApplied(String consumer, String eventId) {
        return entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
