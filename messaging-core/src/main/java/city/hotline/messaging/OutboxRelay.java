package city.hotline.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import city.hotline.events.KafkaBinding;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes the outbox to Kafka: oldest first, one batch at a time, deleting a batch only once
 * the broker has acknowledged every event of it (acks=all, idempotent producer). A crash between
 * the acknowledgement and the delete publishes a batch twice, never loses one; consumers apply
 * each event once by its id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository repository;
    private final Emitter<String> emitter;
    private final MessagingConfig config;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread worker;
    /** Rounds failed in a row: how long the relay waits before the next one grows with them. */
    private volatile int failuresInARow;
    private volatile String lastFailure;

    OutboxRelay(OutboxRepository repository,
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter,
            MessagingConfig config) {
        this.repository = repository;
        this.emitter = emitter;
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        start();
    }

    /** Starts publishing; events committed while the relay was stopped go out first. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::publishUntilStopped, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Before the datasource closes: a batch in flight finishes rather than failing half-way. */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stop();
    }

    /** Stops publishing after the batch in flight; the outbox keeps what is not yet published. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp();
        try {
            worker.join(config.relayAckTimeout().toMillis() + 5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the relay's thread is publishing (or waiting for the broker or the database to come back). */
    public boolean isRunning() {
        Thread current = worker;
        return running && current != null && current.isAlive();
    }

    /** Rounds that have failed since the last one that succeeded; 0 when the relay is keeping up. */
    public int failuresInARow() {
        return failuresInARow;
    }

    /** Why the last failed round failed, or empty. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Asks for a round now, typically because a transaction with events has just committed. */
    void wakeUp() {
        wakeUps.release();
    }

    private void publishUntilStopped() {
        while (running) {
            try {
                int published;
                do {
                    published = publishBatch();
                    if (failuresInARow > 0) {
                        LOG.infof("Outbox relay publishing again after %d failed rounds", failuresInARow);
                    }
                    failuresInARow = 0;
                    lastFailure = null;
                } while (running && published == config.relayBatchSize());
                wakeUps.tryAcquire(config.relayPollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Kafka or PostgreSQL unavailable: the batch stays in the outbox for the next round.
                failuresInARow++;
                lastFailure = String.valueOf(e.getMessage());
                Duration backoff = backoff(failuresInARow);
                LOG.warnf("Outbox relay round failed (%d in a row), retrying in %d ms: %s", failuresInARow,
                        backoff.toMillis(), e.getMessage());
                pause(backoff);
            }
        }
    }

    /**
     * Doubles from the poll interval up to {@link MessagingConfig#relayMaxBackoff()}: an outage of minutes costs
     * a few rounds a minute, not one a second, and a short one is over within a second or two.
     */
    Duration backoff(int failures) {
        long millis = config.relayPollInterval().toMillis() << Math.min(failures - 1, 10);
        return Duration.ofMillis(Math.min(millis, config.relayMaxBackoff().toMillis()));
    }

    /** Waits, unless stopped or woken: a commit wakes the relay, which then tries at once. */
    private void pause(Duration backoff) {
        try {
            wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One round in one transaction; the number of events published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!repository.tryLockForRelay()) {
                return 0;
            }
            List<OutboxEvent> batch = repository.oldest(config.relayBatchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(batch.size());
            for (OutboxEvent row : batch) {
                acknowledgements.add(send(row));
            }
            CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                    .get(config.relayAckTimeout().toMillis(), TimeUnit.MILLISECONDS);
            repository.deleteAll(batch);
            return batch.size();
        });
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic)
                .withKey(row.messageKey)
                .withHeaders(KafkaBinding.headers(row.toCloudEvent()))
                .build();
        emitter.send(Message.of(row.data, Metadata.of(kafka),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}
