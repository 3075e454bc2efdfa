package city.hotline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import city.hotline.events.CloudEvent;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.KafkaBinding;
import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DeadLetterReplayTest {

    /** A dead-letter topic of its own: replaying the module's shared one would dead-letter other tests' poison again. */
    private static final String DEAD_LETTERS = "hotline.dead-letter.replay-test";

    @Inject
    RecordingConsumer consumer;

    @Test
    void aReplayedDeadLetterIsAppliedByTheConsumerThatMissedItAndIsNotReplayedTwice() throws Exception {
        CloudEvent missed = CloudEvent.of(EventType.COMMUNITY_REGISTERED, "/test", "110000000401",
                new CommunityRegistered("110000000401", "测试社区", "110101001000", "测试街道", "110101000000", "东城区",
                        "110000000000", "北京市"));
        RecordHeaders headers = new RecordHeaders(KafkaBinding.headers(missed).toArray());
        headers.add("dead-letter-topic", Topics.REGISTRY.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", "the consumer was broken".getBytes(StandardCharsets.UTF_8));
        TestEvents.publishRaw(DEAD_LETTERS, "110000000401", missed.data(), headers);
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        DeadLetterReplay replay = new DeadLetterReplay(
                Map.of("bootstrap.servers", HotlineInfrastructure.kafkaBootstrapServers()),
                new PrintStream(listing, true, StandardCharsets.UTF_8));

        assertThat(replay.replay(DEAD_LETTERS, true)).isEqualTo(1);
        assertThat(listing.toString(StandardCharsets.UTF_8))
                .contains(Topics.REGISTRY, missed.id(), "the consumer was broken");

        assertThat(replay.replay(DEAD_LETTERS, false)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.appliedCommunities().contains("110000000401"));
        assertThat(replay.replay(DEAD_LETTERS, false)).isZero();
    }
}
