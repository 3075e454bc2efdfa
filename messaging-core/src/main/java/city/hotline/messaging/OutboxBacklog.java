package city.hotline.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import city.hotline.metrics.MeasuredGauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The outbox on {@code /q/metrics}: {@code hotline_outbox_backlog_events}, the events written but
 * not yet acknowledged by Kafka, and {@code hotline_outbox_oldest_age_seconds}, how long the oldest
 * of them has waited. Both stay near zero while the relay keeps up; growing, they say the relay
 * cannot reach Kafka (or is not running), and the events wait, safe, in the outbox.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final OutboxRepository repository;
    private final MeasuredGauge events;
    private final MeasuredGauge oldestAge;

    OutboxBacklog(OutboxRepository repository, MeterRegistry registry) {
        this.repository = repository;
        this.events = MeasuredGauge.register(registry, "hotline.outbox.backlog",
                "Events in this service's outbox not yet acknowledged by Kafka", "events", Tags.empty());
        this.oldestAge = MeasuredGauge.register(registry, "hotline.outbox.oldest.age",
                "How long the oldest event in this service's outbox has waited to be published; 0 when it is empty",
                "seconds", Tags.empty());
    }

    @Scheduled(identity = "outbox-backlog", every = "${hotline.messaging.metrics-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void measure() {
        try {
            OutboxRepository.Backlog backlog = QuarkusTransaction.requiringNew().call(repository::backlog);
            events.set(backlog.events());
            oldestAge.set(backlog.oldestAgeSeconds());
        } catch (RuntimeException e) {
            // PostgreSQL away: the readiness check and the relay's own warnings say so.
            LOG.debugf("Outbox backlog not measured: %s", e.getMessage());
            events.unknown();
            oldestAge.unknown();
        }
    }
}
