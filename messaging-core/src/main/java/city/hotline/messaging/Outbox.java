package city.hotline.messaging;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

import city.hotline.database.TransactionEnds;
import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;

/**
 * The only way an event leaves a service: written to the outbox in the transaction of the state
 * change it reports, so it is published if and only if that transaction commits.
 *
 * <p>A transaction's events are written together when it commits, in one JDBC batch after Hibernate's
 * last flush, rather than one {@code INSERT} per event as each is published: a consumer applying a
 * poll of a hundred events publishes hundreds, and their identity ids are then also taken in commit
 * order, the order the relay publishes in.
 */
@ApplicationScoped
public class Outbox {

    private static final Object UNWRITTEN_KEY = new Object();

    private final OutboxRepository repository;
    private final OutboxRelay relay;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final String source;

    Outbox(OutboxRepository repository, OutboxRelay relay, EntityManager entityManager,
            TransactionSynchronizationRegistry transactions, MessagingConfig config) {
        this.repository = repository;
        this.relay = relay;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.source = config.source();
    }

    /**
     * Records an event about a community, to be published to every topic its type goes to.
     *
     * @param communityCode the Kafka key
     * @param subject       the entity the event is about (CloudEvent {@code subject})
     * @return the event as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent publish(EventType<T> type, String communityCode, String subject, T payload) {
        CloudEvent event = CloudEvent.of(type, source, subject, payload);
        List<OutboxEvent> unwritten = unwrittenOfThisTransaction();
        for (String topic : type.topicsFor(communityCode)) {
            unwritten.add(OutboxEvent.of(event, topic, communityCode));
        }
        return event;
    }

    /**
     * The events this transaction has published so far, written when it commits; the first call of a transaction
     * arranges the write and the relay's wake-up.
     */
    @SuppressWarnings("unchecked")
    private List<OutboxEvent> unwrittenOfThisTransaction() {
        List<OutboxEvent> unwritten = (List<OutboxEvent>) transactions.getResource(UNWRITTEN_KEY);
        if (unwritten != null) {
            return unwritten;
        }
        List<OutboxEvent> events = new ArrayList<>();
        transactions.putResource(UNWRITTEN_KEY, events);
        // Hibernate's own before-completion step: after its last flush, on the transaction's connection, and a
        // failure rolls the transaction back with the changes the events report.
        entityManager.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((BeforeCompletionCallback) session -> repository.insertAll(session, events));
        wakeRelayAfterCommit();
        return events;
    }

    /** The relay polls anyway; waking it at commit takes the poll interval off every event's latency. */
    private void wakeRelayAfterCommit() {
        TransactionEnds.afterCommit(transactions, relay::wakeUp);
    }
}
