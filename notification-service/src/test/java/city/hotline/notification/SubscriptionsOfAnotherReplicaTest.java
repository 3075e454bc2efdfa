package city.hotline.notification;

import static city.hotline.notification.WebhookTest.SECRET;
import static city.hotline.notification.WebhookTest.assigned;
import static city.hotline.notification.WebhookTest.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Subscriptions changed through another replica, written here straight into the table as that replica would: each
 * replica keeps a copy of which communities subscribed, read again after
 * {@code hotline.notification.subscriptions-reread-after} (5 s).
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class SubscriptionsOfAnotherReplicaTest {

    /** The documented 5 s, and the time a ticket event takes from Kafka to the receiver on a busy machine. */
    static final Duration BOUND = Duration.ofSeconds(5).plus(WebhookTest.BOUND);

    @Inject
    EntityManager entityManager;

    @Test
    void aSubscriptionRegisteredThroughAnotherReplicaReceivesEventsWithinTheBound() {
        String community = "110101004201";
        String path = "/community/elsewhere";
        // An event of the community before the subscription, so that this replica's copy says it has none.
        TestEvents.publish(Topics.TICKETS, community, assigned("BJ20221205-300100", community));
        insertActive(community, FakeReceivers.url(path));

        AtomicInteger sent = new AtomicInteger();
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> {
            TestEvents.publish(Topics.TICKETS, community,
                    assigned("BJ20221205-3002%02d".formatted(sent.incrementAndGet()), community));
            return !FakeReceivers.receivedAt(path).isEmpty();
        });
    }

    @Test
    void aSubscriptionPausedThroughAnotherReplicaReceivesNoEventFromThenOn() {
        String community = "110101004202";
        String paused = subscribe(community, "/community/paused-elsewhere", SECRET);
        subscribe(community, "/community/still-active", SECRET);
        TestEvents.publish(Topics.TICKETS, community, assigned("BJ20221205-300301", community));
        await().atMost(WebhookTest.BOUND).until(() ->
                !FakeReceivers.acceptedAt("/community/paused-elsewhere", "BJ20221205-300301").isEmpty());

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE subscription SET status = 'PAUSED' WHERE id = ?1")
                .setParameter(1, UUID.fromString(paused)).executeUpdate());
        TestEvents.publish(Topics.TICKETS, community, assigned("BJ20221205-300302", community));

        await().atMost(WebhookTest.BOUND).until(() ->
                !FakeReceivers.acceptedAt("/community/still-active", "BJ20221205-300302").isEmpty());
        assertThat(FakeReceivers.receivedAt("/community/paused-elsewhere"))
                .extracting(FakeReceivers.Received::body)
                .noneMatch(body -> body.contains("BJ20221205-300302"));
    }

    private void insertActive(String community, String url) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO subscription (id, community_code, url, secret, status, created_at)
                        VALUES (?1, ?2, ?3, ?4, 'ACTIVE', ?5)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, community)
                .setParameter(3, url)
                .setParameter(4, SECRET)
                .setParameter(5, OffsetDateTime.now())
                .executeUpdate());
    }
}
