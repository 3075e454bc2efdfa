package city.hotline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;

import city.hotline.events.CloudEvent;
import city.hotline.events.KafkaBinding;
import city.hotline.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The only way an event enters a service: its CloudEvent id is recorded for the consumer in the
 * same transaction as the handler's effect, so a redelivered event changes nothing.
 *
 * <p>A failure that a retry may cure (a lost connection, a lock timeout) is retried; a malformed
 * event is not. What still fails is thrown to the messaging connector, which sends the record to
 * the service's dead-letter topic with the reason in a header and goes on with the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EntityManager entityManager;

    IdempotentConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        QuarkusTransaction.requiringNew().run(() -> {
            if (markApplied(consumer, event.id())) {
                handler.handle(event);
            }
        });
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
