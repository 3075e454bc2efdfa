package city.hotline.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What an operator watching {@code /q/metrics} sees when events wait in the outbox, in Kafka, or fail. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class MessagingMetricsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxBacklog backlog;

    @Inject
    ConsumerLag lag;

    @Inject
    RecordingConsumer consumer;

    @Test
    void anEventLeftUnpublishedShowsInTheBacklogAndItsAgeGrowsUntilTheRelayPublishesIt() {
        relay.stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.COMMUNITY_REGISTERED, "110000000301",
                    "110000000301", community("110000000301")));
            await().atMost(BOUND).until(() -> {
                backlog.measure();
                return TestMetrics.sample("hotline_outbox_oldest_age_seconds").orElseThrow() >= 1;
            });
            assertThat(TestMetrics.sample("hotline_outbox_backlog_events")).hasValueSatisfying(
                    events -> assertThat(events).isGreaterThanOrEqualTo(1));
        } finally {
            relay.start();
        }
        await().atMost(BOUND).until(() -> {
            backlog.measure();
            return TestMetrics.sample("hotline_outbox_backlog_events").orElseThrow() == 0;
        });
        assertThat(TestMetrics.sample("hotline_outbox_oldest_age_seconds")).hasValue(0.0);
    }

    @Test
    void aPoisonRecordRaisesTheDeadLetterCountOfEachChannelThatReadIt() {
        double single = deadLetters("registry-events");
        double batched = deadLetters("batched-registry-events");

        TestEvents.publishRaw(Topics.REGISTRY, "110000000302", "no event at all", new RecordHeaders());

        await().atMost(BOUND).until(() -> deadLetters("registry-events") == single + 1
                && deadLetters("batched-registry-events") == batched + 1);
    }

    @Test
    void aConsumerWaitingForTheDatabaseShowsLagUntilItHasCaughtUp() {
        try (var outage = HotlineInfrastructure.databaseOutage()) {
            TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000303", "110000000303",
                    community("110000000303"));
            await().atMost(BOUND).until(() -> {
                lag.measure();
                return registryLag() >= 1;
            });
            // Measured while the database is away: unknown, not the last figure seen.
            backlog.measure();
            assertThat(TestMetrics.sample("hotline_outbox_backlog_events")).hasValue(Double.NaN);
        }
        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000303"));
        await().atMost(BOUND).until(() -> {
            lag.measure();
            return registryLag() == 0;
        });
    }

    @Test
    void theScrapeCarriesNoKafkaClientMetricPerTopic() {
        // A service producing to a topic per community would otherwise carry thousands of series per client.
        String scrape = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(scrape).contains("hotline_consumer_lag_records").doesNotContain("kafka_producer_", "kafka_consumer_");
    }

    @Test
    void aChannelReadByTwoConsumersShowsItsLagUnderItsOwnName() {
        lag.measure();
        assertThat(TestMetrics.sample("hotline_consumer_lag_records", "channel", "batched-registry-events", "topic",
                Topics.REGISTRY)).hasValueSatisfying(records -> assertThat(records).isNotNaN());
    }

    private static double registryLag() {
        return TestMetrics.sample("hotline_consumer_lag_records", "channel", "registry-events", "topic",
                Topics.REGISTRY).orElseThrow();
    }

    private static double deadLetters(String channel) {
        return TestMetrics.count("hotline_dead_letters_total", "channel", channel, "topic", Topics.REGISTRY);
    }

    private static CommunityRegistered community(String code) {
        return new CommunityRegistered(code, "测试社区", "110101001000", "测试街道", "110101000000", "东城区",
                "110000000000", "北京市");
    }
}
