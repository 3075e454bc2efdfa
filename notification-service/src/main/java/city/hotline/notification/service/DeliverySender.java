package city.hotline.notification.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * database transaction; a round's outcomes are recorded together in one.
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
     * sender, not the batch, and the batch ends well within its claim. The outcomes are then recorded
     * together, in one transaction.
     */
    private void attemptAll(List<Outgoing> claimed) {
        List<Future<Outcome>> attempts = claimed.stream().map(outgoing -> senders.submit(() -> attempt(outgoing)))
                .toList();
        List<Outcome> outcomes = new ArrayList<>(attempts.size());
        for (Future<Outcome> attempt : attempts) {
            try {
                outcomes.add(attempt.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                LOG.error("Delivery attempt failed without an outcome; it is retried when its claim ends", e.getCause());
            }
        }
        recordAll(outcomes);
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
        Map<UUID, NotificationRepository.Recipient> recipients = notifications.recipientsOf(
                        due.stream().map(delivery -> delivery.notificationId).distinct().toList())
                .stream().collect(Collectors.toMap(NotificationRepository.Recipient::notificationId,
                        Function.identity()));
        List<Outgoing> claimed = new ArrayList<>(due.size());
        for (Delivery delivery : due) {
            NotificationRepository.Recipient recipient = recipients.get(delivery.notificationId);
            Optional<Instant> hold = schedule.heldUntil(delivery, recipient.urgent(), now);
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
                        recipient.recipientId(), recipient.recipientName(), recipient.communityCode()));
            }
        }
        return claimed;
    }

    /** What became of one attempt, to be recorded with the round's others. */
    record Outcome(UUID deliveryId, boolean sent, String error, boolean permanent, Instant at) {
    }

    private Outcome attempt(Outgoing outgoing) {
        try {
            channels.get(outgoing.channel()).send(outgoing);
            return new Outcome(outgoing.deliveryId(), true, null, false, clock.instant());
        } catch (DeliveryFailedException e) {
            return new Outcome(outgoing.deliveryId(), false, e.getMessage(), e.permanent(), clock.instant());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Delivery %s by %s failed unexpectedly", outgoing.deliveryId(), outgoing.channel());
            return new Outcome(outgoing.deliveryId(), false, e.toString(), false, clock.instant());
        }
    }

    /**
     * Records a round's outcomes in one transaction. Should that fail, each is recorded in a transaction of its own,
     * so that one outcome that cannot be recorded (its delivery then retried when its claim ends) costs no other.
     */
    void recordAll(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            count(QuarkusTransaction.requiringNew().call(() -> record(outcomes)));
        } catch (RuntimeException roundFailed) {
            for (Outcome outcome : outcomes) {
                try {
                    count(QuarkusTransaction.requiringNew().call(() -> record(List.of(outcome))));
                } catch (RuntimeException failed) {
                    LOG.errorf(failed, "Delivery %s: its outcome could not be recorded; it is retried when its claim ends",
                            outcome.deliveryId());
                }
            }
        }
    }

    /** @return the recorded outcomes' deliveries with what became of each, counted once the transaction commits */
    private List<Map.Entry<DeliveryChannel, String>> record(List<Outcome> outcomes) {
        List<Outcome> sent = outcomes.stream().filter(Outcome::sent).toList();
        List<Map.Entry<DeliveryChannel, String>> counted = new ArrayList<>(outcomes.size());
        // Nearly every outcome is a sent one: those are written in one statement, without loading the deliveries,
        // whose address and body would be decrypted for nothing.
        Map<UUID, DeliveryChannel> marked = deliveries.markSent(sent.stream().collect(
                Collectors.toMap(Outcome::deliveryId, outcome -> outcome.at().atOffset(ZoneOffset.UTC), (a, b) -> a)));
        for (Outcome outcome : sent) {
            DeliveryChannel channel = marked.get(outcome.deliveryId());
            if (channel == null) {
                throw new IllegalStateException("delivery " + outcome.deliveryId() + " no longer exists");
            }
            counted.add(Map.entry(channel, "sent"));
        }
        // The fallbacks standing behind what was sent are not needed, nor those behind them.
        deliveries.skipStandingBehind(marked.keySet());
        List<Outcome> failed = outcomes.stream().filter(outcome -> !outcome.sent()).toList();
        if (failed.isEmpty()) {
            return counted;
        }
        // By id rather than with a query "id in (...)", which Hibernate translates to SQL again for each list size.
        Map<UUID, Delivery> attempted = deliveries.getSession().findMultiple(Delivery.class,
                        failed.stream().map(Outcome::deliveryId).toList()).stream()
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(delivery -> delivery.id, Function.identity()));
        for (Outcome outcome : failed) {
            Delivery delivery = attempted.get(outcome.deliveryId());
            if (delivery == null) {
                throw new IllegalStateException("delivery " + outcome.deliveryId() + " no longer exists");
            }
            counted.add(Map.entry(delivery.channel, recordFailed(delivery, outcome.error(), outcome.permanent())));
        }
        return counted;
    }

    /** @return "failed" when it is given up, "retried" otherwise */
    private String recordFailed(Delivery delivery, String error, boolean permanent) {
        delivery.attempts++;
        delivery.lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (permanent || delivery.attempts >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.FAILED;
            LOG.warnf("Delivery %s by %s failed for good after %d attempts: %s", delivery.id, delivery.channel,
                    delivery.attempts, delivery.lastError);
            deliveries.standingBehind(delivery.id).ifPresent(fallback -> schedule.due(fallback,
                    notifications.findById(delivery.notificationId).urgent, clock.instant()));
            return "failed";
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = clock.instant().plus(backoff.after(delivery.attempts)).atOffset(ZoneOffset.UTC);
        return "retried";
    }

    private void count(List<Map.Entry<DeliveryChannel, String>> outcomes) {
        outcomes.forEach(outcome -> meters.counter("hotline.notification.deliveries", "channel", outcome.getKey().name(),
                "outcome", outcome.getValue()).increment());
    }
}
