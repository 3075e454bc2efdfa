package city.hotline.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;

/**
 * The only way an event leaves a service: written to the outbox in the transaction of the state
 * change it reports, so it is published if and only if that transaction commits.
 */
@ApplicationScoped
public class Outbox {

    private static final Object RELAY_WAKE_UP_KEY = new Object();

    private final OutboxRepository repository;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final String source;

    Outbox(OutboxRepository repository, OutboxRelay relay, TransactionSynchronizationRegistry transactions,
            MessagingConfig config) {
        this.repository = repository;
        this.relay = relay;
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
        for (String topic : type.topicsFor(communityCode)) {
            repository.persist(OutboxEvent.of(event, topic, communityCode));
        }
        wakeRelayAfterCommit();
        return event;
    }

    /** The relay polls anyway; waking it at commit takes the poll interval off every event's latency. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(RELAY_WAKE_UP_KEY) != null) {
            return;
        }
        transactions.putResource(RELAY_WAKE_UP_KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
