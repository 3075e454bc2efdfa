package city.hotline.intake.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import city.hotline.intake.repository.StatisticsFoldRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the statistics' roll-ups up to their facts within a second of a change: every half second
 * (hotline.statistics.fold-interval) one replica, holding the roll-ups' advisory lock, recomputes
 * the communities' days, weeks and months the consumers marked, and the streets' rows of those
 * periods from them. The consumers never touch a roll-up,
 * so no row is shared by the transactions of a street, district or city (docs/statistics.md).
 *
 * <p>Its own thread rather than Quarkus' scheduler, which runs nothing more often than once a second.
 */
@ApplicationScoped
public class StatisticsFold {

    private static final Logger LOG = Logger.getLogger(StatisticsFold.class);

    private final StatisticsFoldRepository rollups;
    private final Duration interval;
    private final int batch;
    private ScheduledExecutorService folding;

    StatisticsFold(StatisticsFoldRepository rollups,
            @ConfigProperty(name = "hotline.statistics.fold-interval", defaultValue = "500ms") Duration interval,
            @ConfigProperty(name = "hotline.statistics.fold-batch", defaultValue = "2000") int batch) {
        this.rollups = rollups;
        this.interval = interval;
        this.batch = batch;
    }

    void start(@Observes StartupEvent started) {
        folding = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "statistics-fold"));
        folding.scheduleWithFixedDelay(this::foldMarked, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        folding.shutdownNow();
    }

    private void foldMarked() {
        try {
            int folded;
            do {
                folded = QuarkusTransaction.requiringNew().call(this::foldBatch);
            } while (folded == batch); // a full batch: more is waiting, fold it now rather than at the next tick
        } catch (RuntimeException e) {
            // The marks stay: the next tick tries again (the database may be away for a while).
            LOG.warnf("Could not fold the statistics' marked changes: %s", e.getMessage());
        }
    }

    private int foldBatch() {
        return rollups.tryLock() ? rollups.fold(batch) : 0;
    }
}
