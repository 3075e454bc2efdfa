package city.hotline.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import city.hotline.events.CloudEvent;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class MessagingCoreTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outboxRepository;

    @Inject
    RecordingConsumer consumer;

    @Inject
    ProcessedEventPruning pruning;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        QuarkusTransaction.begin();
        publishCommunity("110000000001");
        QuarkusTransaction.rollback();
        QuarkusTransaction.requiringNew().run(() -> publishCommunity("110000000002"));

        // One partition, published in outbox order: had the first been published, it would be applied first.
        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000002"));
        assertThat(consumer.appliedCommunities()).doesNotContain("110000000001");
    }

    @Test
    void theEventsOfOneTransactionArePublishedInTheOrderTheyWerePublished() {
        List<String> codes = List.of("110000000021", "110000000022", "110000000023", "110000000024");
        QuarkusTransaction.requiringNew().run(() -> codes.forEach(this::publishCommunity));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().containsAll(codes));
        List<String> applied = consumer.appliedCommunities();
        assertThat(applied.subList(applied.indexOf(codes.get(0)), applied.size())).containsSubsequence(codes);
    }

    @Test
    void theEventsOfATransactionWhoseOutboxWriteFailsAreNeverPublishedNorItsChanges() {
        // An event id longer than the outbox's column: the write at commit fails, and the transaction with it.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery(
                    "INSERT INTO processed_event (consumer, event_id) VALUES ('outbox-test', 'outbox-write-fails')")
                    .executeUpdate();
            publishCommunity("110000000025");
            outbox.publish(EventType.COMMUNITY_REGISTERED, "110000000026", "x".repeat(300),
                    community("110000000026"));
        })).isInstanceOf(RuntimeException.class);
        QuarkusTransaction.requiringNew().run(() -> publishCommunity("110000000027"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000027"));
        assertThat(consumer.appliedCommunities()).doesNotContain("110000000025", "110000000026");
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT event_id FROM processed_event WHERE event_id = 'outbox-write-fails'")
                .getResultList())).isEmpty();
    }

    @Test
    void anEventCommittedWhileTheRelayIsDownIsPublishedWhenItRestarts() {
        relay.stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> publishCommunity("110000000003"));
            assertThat(QuarkusTransaction.requiringNew().call(() -> outboxRepository.count())).isPositive();
            assertThat(consumer.appliedCommunities()).doesNotContain("110000000003");
        } finally {
            relay.start();
        }
        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000003"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() -> outboxRepository.count()) == 0);
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        CloudEvent twice = CloudEvent.of(EventType.COMMUNITY_REGISTERED, "/test", "110000000004",
                community("110000000004"));
        TestEvents.publish(Topics.REGISTRY, "110000000004", twice);
        TestEvents.publish(Topics.REGISTRY, "110000000004", twice);
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000005", "110000000005", community("110000000005"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000005"));
        assertThat(consumer.appliedCommunities()).containsOnlyOnce("110000000004");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextIsHandled() {
        TestEvents.publishRaw(Topics.REGISTRY, "110000000006", "not an event", new RecordHeaders());
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000007", "110000000007", community("110000000007"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000007"));
        List<ConsumerRecord<String, String>> deadLetters = TestEvents.readUntil(
                Topics.deadLetter("messaging-core"), record -> "not an event".equals(record.value()), BOUND);
        ConsumerRecord<String, String> poison = deadLetters.get(deadLetters.size() - 1);
        assertThat(new String(poison.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a CloudEvent");
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsDeadLetteredWithTheReason() {
        CloudEvent wrong = new CloudEvent("bad-payload-1", "/test", EventType.COMMUNITY_REGISTERED.name(),
                OffsetDateTime.now(), "x", "[1, 2, 3]");
        TestEvents.publish(Topics.REGISTRY, "110000000008", wrong);
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000009", "110000000009", community("110000000009"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000009"));
        List<ConsumerRecord<String, String>> deadLetters = TestEvents.readUntil(
                Topics.deadLetter("messaging-core"), record -> "[1, 2, 3]".equals(record.value()), BOUND);
        assertThat(new String(deadLetters.get(deadLetters.size() - 1).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8)).contains("CommunityRegistered");
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsAppliedWhenItIsBackNotDeadLettered() {
        try (var outage = HotlineInfrastructure.databaseOutage()) {
            TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000010", "110000000010",
                    community("110000000010"));
            // The consumer has the record and keeps trying; the dead-letter default would give up within a second.
            await().pollDelay(Duration.ofSeconds(4)).atMost(BOUND).until(() -> true);
        }
        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000010"));
    }

    @Test
    void theServiceIsNotReadyWhileItsOutboxRelayIsStopped() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("UP"));
        relay.stop();
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'Outbox relay' }.status", equalTo("DOWN"));
        } finally {
            relay.start();
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void appliedEventsAreForgottenAfterTheRetentionButNotBefore() {
        QuarkusTransaction.requiringNew().run(() -> {
            insertProcessed("week-old", OffsetDateTime.now().minusDays(8));
            insertProcessed("hour-old", OffsetDateTime.now().minusHours(1));
        });

        pruning.prune();

        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT event_id FROM processed_event WHERE consumer = 'pruning-test'")
                .getResultList())).containsExactly("hour-old");
    }

    private void insertProcessed(String eventId, OffsetDateTime at) {
        entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES ('pruning-test', ?1, ?2)")
                .setParameter(1, eventId).setParameter(2, at).executeUpdate();
    }

    private void publishCommunity(String code) {
        outbox.publish(EventType.COMMUNITY_REGISTERED, code, code, community(code));
    }

    private static CommunityRegistered community(String code) {
        return new CommunityRegistered(code, "测试社区", "110101001000", "测试街道", "110101000000", "东城区",
                "110000000000", "北京市");
    }
}
