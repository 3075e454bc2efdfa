package city.hotline.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Fans out scheduled broadcasts when their time comes, on whichever replica gets there first. */
@ApplicationScoped
public class BroadcastFanOut {

    private static final int PER_ROUND = 10;

    private final Broadcasts broadcasts;

    BroadcastFanOut(Broadcasts broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Scheduled(every = "${hotline.notification.delivery.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fanOutDue() {
        int fannedOut;
        do {
            fannedOut = QuarkusTransaction.requiringNew().call(() -> broadcasts.fanOutDue(PER_ROUND));
        } while (fannedOut == PER_ROUND);
    }
}
