package city.hotline.intake.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;

import org.jboss.logging.Logger;

import city.hotline.intake.domain.StatisticsRebuild;
import city.hotline.intake.repository.StatisticsFoldRepository;
import city.hotline.intake.repository.StatisticsRebuildRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the statistics' roll-ups from the facts in the background, one rebuild at a time across
 * the replicas. At a year of a big city's volume a rebuild takes tens of minutes, longer than an
 * HTTP request may stay open (and than a proxy in front waits), so the request that starts one is
 * answered as soon as it runs, and its state is asked for after.
 */
@ApplicationScoped
public class StatisticsRebuilding {

    private static final Logger LOG = Logger.getLogger(StatisticsRebuilding.class);

    /** A year of Beijing's calls takes tens of minutes to rebuild, beyond the default transaction timeout. */
    private static final int REBUILD_TIMEOUT_SECONDS = 3 * 3600;

    /** Taking the lock and recording the rebuild are two short statements. */
    private static final long START_TIMEOUT_SECONDS = 30;

    private final StatisticsFoldRepository rollups;
    private final StatisticsRebuildRepository rebuilds;

    StatisticsRebuilding(StatisticsFoldRepository rollups, StatisticsRebuildRepository rebuilds) {
        this.rollups = rollups;
        this.rebuilds = rebuilds;
    }

    /**
     * Starts a rebuild and returns it once it holds the rebuild lock and is recorded.
     *
     * @throws ClientErrorException 409 when a rebuild is already running
     */
    public RebuildStatus start(String requestedBy) {
        CompletableFuture<StatisticsRebuild> started = new CompletableFuture<>();
        // A thread of its own: rebuilds are rare and long, and would hold a pooled worker for their whole run.
        Thread rebuilding = new Thread(() -> rebuild(requestedBy, started), "statistics-rebuild");
        rebuilding.setDaemon(true);
        rebuilding.start();
        try {
            return RebuildStatus.of(started.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS), true);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the rebuild did not start within " + START_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rebuild started", e);
        }
    }

    public Optional<RebuildStatus> status(long id) {
        return QuarkusTransaction.requiringNew().call(() -> rebuilds.findByIdOptional(id)
                .map(rebuild -> RebuildStatus.of(rebuild, rebuild.finishedAt == null && rebuilds.running())));
    }

    /**
     * In one transaction: the rebuild lock, then the roll-ups' lock (waiting for a fold under way),
     * the roll-ups recomputed and the rebuild marked finished, so a finished rebuild's figures are
     * committed. The rebuild is recorded in a transaction of its own once the lock is held, so its
     * state can be read while it runs.
     */
    private void rebuild(String requestedBy, CompletableFuture<StatisticsRebuild> started) {
        try {
            QuarkusTransaction.requiringNew().timeout(REBUILD_TIMEOUT_SECONDS).run(() -> {
                if (!rebuilds.tryLock()) {
                    started.completeExceptionally(new ClientErrorException("a rebuild of the statistics is already "
                            + "running; GET /api/stats/rebuild/{id} tells when it has finished", 409));
                    return;
                }
                StatisticsRebuild rebuild = QuarkusTransaction.requiringNew().call(() -> record(requestedBy));
                started.complete(rebuild);
                rollups.lock();
                int periods = rollups.rebuild();
                StatisticsRebuild finished = rebuilds.findById(rebuild.id);
                finished.communityPeriods = periods;
                finished.finishedAt = OffsetDateTime.now();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "The rebuild of the statistics failed");
            if (!started.completeExceptionally(e)) {
                recordFailure(started.join().id, e);
            }
        }
    }

    private StatisticsRebuild record(String requestedBy) {
        StatisticsRebuild rebuild = new StatisticsRebuild();
        rebuild.requestedBy = requestedBy;
        rebuild.startedAt = OffsetDateTime.now();
        rebuilds.persist(rebuild);
        return rebuild;
    }

    private void recordFailure(long id, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> rebuilds.findById(id).failure = String.valueOf(failure.getMessage()));
        } catch (RuntimeException e) {
            // Its state still reads "stopped": not finished, and no longer holding the lock.
            LOG.warnf("Could not record why rebuild %d stopped: %s", id, e.getMessage());
        }
    }

    /**
     * A rebuild as an administrator sees it.
     *
     * @param state   {@code running}, {@code finished}, or {@code stopped} (failed, or its replica died)
     * @param seconds how long it ran, once finished
     */
    public record RebuildStatus(long id, String state, String requestedBy, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, Integer communityPeriods, Double seconds, String failure) {

        static RebuildStatus of(StatisticsRebuild rebuild, boolean running) {
            String state = rebuild.finishedAt != null ? "finished" : running ? "running" : "stopped";
            Double seconds = rebuild.finishedAt == null ? null
                    : Duration.between(rebuild.startedAt, rebuild.finishedAt).toMillis() / 1000.0;
            return new RebuildStatus(rebuild.id, state, rebuild.requestedBy, rebuild.startedAt, rebuild.finishedAt,
                    rebuild.communityPeriods, seconds, rebuild.failure);
        }
    }
}
