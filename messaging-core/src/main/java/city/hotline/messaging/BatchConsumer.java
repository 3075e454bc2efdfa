package city.hotline.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import city.hotline.events.CloudEvent;
import city.hotline.events.KafkaBinding;
import city.hotline.events.MalformedEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies the records of one poll in one transaction, each event once per consumer as
 * {@link IdempotentConsumer} does for a single record: a busy topic then costs a transaction and
 * an insert into {@code processed_event} per poll instead of per event. For a channel with
 * {@code mp.messaging.incoming.<channel>.batch=true} and a method taking {@code ConsumerRecords}.
 *
 * <p>An event that fails rolls its whole batch back; the batch is then applied one record at a
 * time with the single-record consumer's retries, and a record that still fails goes to the
 * dead-letter topic alone while the others are applied.
 */
@ApplicationScoped
public class BatchConsumer {

    private final IdempotentConsumer single;
    private final DeadLetters deadLetters;
    private final EntityManager entityManager;

    BatchConsumer(IdempotentConsumer single, DeadLetters deadLetters, EntityManager entityManager) {
        this.single = single;
        this.deadLetters = deadLetters;
        this.entityManager = entityManager;
    }

    /** @param consumer a name unique within the service: the channel name, which its dead letters are counted by */
    public void consume(String consumer, ConsumerRecords<String, String> records, EventHandler handler) {
        consumeEach(consumer, records, record -> handler);
    }

    /**
     * As {@link #consume}, for a handler that needs more of its record than the event, such as the
     * Kafka key (the community code).
     */
    public void consumeEach(String consumer, ConsumerRecords<String, String> records,
            Function<ConsumerRecord<String, String>, EventHandler> handlerOfRecord) {
        List<ConsumerRecord<String, String>> wanted = new ArrayList<>(records.count());
        List<CloudEvent> events = new ArrayList<>(records.count());
        List<EventHandler> handlers = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event;
            try {
                event = KafkaBinding.read(record);
            } catch (MalformedEventException e) {
                deadLetters.send(consumer, record, e);
                continue;
            }
            EventHandler handler = handlerOfRecord.apply(record);
            if (handler.wants(event.type())) {
                wanted.add(record);
                events.add(event);
                handlers.add(handler);
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(consumer, events, handlers));
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < wanted.size(); i++) {
                ConsumerRecord<String, String> record = wanted.get(i);
                try {
                    single.consume(consumer, record, handlers.get(i));
                } catch (RuntimeException failed) {
                    deadLetters.send(consumer, record, failed);
                }
            }
        }
    }

    private void applyAll(String consumer, List<CloudEvent> events, List<EventHandler> handlers) {
        Set<String> unapplied = markApplied(consumer, events);
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i);
            // remove: an event delivered twice within the batch is applied once.
            if (unapplied.remove(event.id())) {
                handlers.get(i).handle(event);
                // The next event's queries see this one's changes, as they would after its own commit, and start
                // from an empty persistence context as they would in a transaction of their own: Hibernate checks
                // every entity it holds at each flush, and a poll's hundred tickets with their steps made the
                // batch's flushes grow with the square of its size.
                entityManager.flush();
                entityManager.clear();
            }
        }
    }

    /** The ids among the events' that this consumer had not applied yet, now recorded as applied. */
    @SuppressWarnings("unchecked")
    private Set<String> markApplied(String consumer, List<CloudEvent> events) {
        String[] ids = events.stream().map(CloudEvent::id).toArray(String[]::new);
        List<String> inserted = entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT ?1, unnest(CAST(?2 AS VARCHAR[])) ON CONFLICT DO NOTHING RETURNING event_id""")
                .setParameter(1, consumer)
                .setParameter(2, ids)
                .getResultList();
        return new HashSet<>(inserted);
    }
}
