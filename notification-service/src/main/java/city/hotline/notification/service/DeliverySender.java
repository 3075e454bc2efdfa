package city.hotline.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import city.hotline.notification.channel.Channel;
import city.hotline.notification.channel.DeliveryFailedException;
import city.hotline.notification.channel.Outgoing;
import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.repository.DeliveryRepository;
import city.hotline.notification.repository.NotificationRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what is due, on every replica at once: each round claims a batch with
 * {@code FOR UPDATE SKIP LOCKED} and moves its next attempt past the claim period before letting
 * go, so no other replica takes the same delivery while it is in flight; a replica that dies
 * mid-round leaves its claims to expire and be taken up again. Sending happens outside the
 * database transaction; each outcome is recorded in its own.
 */
@ApplicationScoped
public class DeliverySender {

    private static final Logger LOG = Logger.getLogger(DeliverySender.class);
    /** How soon a delivery turned away by its channel's rate limit is looked at again. */
    private static final Duration RATE_LIMITED_WAIT = Duration.ofSeconds(1);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final DeliveryRepository deliveries;
    private final NotificationRepository notifications;
    private final Map<DeliveryChannel, Channel> channels = new EnumMap<>(DeliveryChannel.class);
    private final DeliverySchedule schedule;
    private final RateLimits rateLimits;
    private final NotificationConfig.Sending config;
    private final Backoff backoff;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService senders;

    DeliverySender(DeliveryRepository deliveries, NotificationRepository notifications, @All List<Channel> channels,
            DeliverySchedule schedule, RateLimits rateLimits, NotificationConfig config, MeterRegistry meters,
            Clock clock) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        channels.forEach(channel -> this.channels.put(channel.kind(), channel));
        this.schedule = schedule;
        this.rateLimits = rateLimits;
        this.config = config.delivery();
        this.backoff = new Backoff(this.config.backoffBase(), this.config.backoffMax(), new Random());
        this.meters = meters;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(this.config.parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "delivery-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${hotline.notification.delivery.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Outgoing> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(this::claimDue);
            attemptAll(claimed);
        } while (claimed.size() == config.batchSize());
    }

    /**
     * Attempts a batch on parallel senders and waits for all of them: a slow receiver holds up one
     * sender, not the batch, and the batch ends well within its claim.
     */
    private void attemptAll(List<Outgoing> claimed) {
        List<Future<?>> attempts = claimed.stream().<Future<?>>map(outgoing -> senders.submit(() -> attempt(outgoing)))
                .toList();
        for (Future<?> attempt : attempts) {
            try {
                attempt.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                LOG.error("Delivery attempt failed to record its outcome; it is retried when its claim ends", e.getCause());
            }
        }
    }

    @PreDestroy
    void stopSenders() {
        senders.shutdownNow();
    }

    /** The due deliveries this replica will attempt now; the rest of the batch is held or left for later. */
    List<Outgoing> claimDue() {
        Instant now = clock.instant();
        List<Delivery> due = deliveries.lockDue(now.atOffset(ZoneOffset.UTC), config.batchSize());
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, Notification> causes = notifications.list("id in ?1",
                        due.stream().map(delivery -> delivery.notificationId).distinct().toList())
                .stream().collect(Collectors.toMap(notification -> notification.id, Function.identity()));
        List<Outgoing> claimed = new ArrayList<>(due.size());
        for (Delivery delivery : due) {
            Notification notification = causes.get(delivery.notificationId);
            Optional<Instant> hold = schedule.heldUntil(delivery, notification.urgent, now);
            if (hold.isPresent()) {
                delivery.status = DeliveryStatus.HELD;
                delivery.nextAttemptAt = hold.get().atOffset(ZoneOffset.UTC);
                continue;
            }
            delivery.status = DeliveryStatus.PENDING;
            if (!rateLimits.tryTake(delivery.channel)) {
                delivery.nextAttemptAt = now.plus(RATE_LIMITED_WAIT).atOffset(ZoneOffset.UTC);
            } else {
                delivery.nextAttemptAt = now.plus(config.claim()).atOffset(ZoneOffset.UTC);
                claimed.add(new Outgoing(delivery.id, delivery.channel, delivery.address, delivery.body,
                        notification.recipientId, notification.recipientName, notification.communityCode));
            }
        }
        return claimed;
    }

    private void attempt(Outgoing outgoing) {
        try {
            channels.get(outgoing.channel()).send(outgoing);
            QuarkusTransaction.requiringNew().run(() -> recordSent(outgoing.deliveryId()));
        } catch (DeliveryFailedException e) {
            QuarkusTransaction.requiringNew().run(() -> recordFailed(outgoing.deliveryId(), e.getMessage(), e.permanent()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Delivery %s by %s failed unexpectedly", outgoing.deliveryId(), outgoing.channel());
            QuarkusTransaction.requiringNew().run(() -> recordFailed(outgoing.deliveryId(), e.toString(), false));
        }
    }

    private void recordSent(UUID deliveryId) {
        Delivery delivery = deliveries.findById(deliveryId);
        delivery.attempts++;
        delivery.status = DeliveryStatus.SENT;
        delivery.sentAt = clock.instant().atOffset(ZoneOffset.UTC);
        delivery.lastError = null;
        count(delivery, "sent");
        for (Optional<Delivery> fallback = deliveries.standingBehind(delivery.id); fallback.isPresent();
                fallback = deliveries.standingBehind(fallback.get().id)) {
            fallback.get().status = DeliveryStatus.SKIPPED;
        }
    }

    private void recordFailed(UUID deliveryId, String error, boolean permanent) {
        Delivery delivery = deliveries.findById(deliveryId);
        delivery.attempts++;
        delivery.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (permanent || delivery.attempts >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.FAILED;
            count(delivery, "failed");
            LOG.warnf("Delivery %s by %s failed for good after %d attempts: %s", delivery.id, delivery.channel,
                    delivery.attempts, delivery.lastError);
            deliveries.standingBehind(delivery.id).ifPresent(fallback -> schedule.due(fallback,
                    notifications.findById(delivery.notificationId).urgent, clock.instant()));
        } else {
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = clock.instant().plus(backoff.after(delivery.attempts)).atOffset(ZoneOffset.UTC);
            count(delivery, "retried");
        }
    }

    private void count(Delivery delivery, String outcome) {
        meters.counter("hotline.notification.deliveries", "channel", delivery.channel.name(), "outcome", outcome)
                .increment();
    }
}
