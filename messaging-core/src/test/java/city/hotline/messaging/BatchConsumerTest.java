package city.hotline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import city.hotline.events.CloudEvent;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class BatchConsumerTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    BatchRecordingConsumer consumer;

    @Test
    void eventsPublishedTogetherAreAppliedInOrderAndADuplicateOnce() {
        CloudEvent twice = event("110000000101", "测试社区");
        TestEvents.publish(Topics.REGISTRY, "110000000101", twice);
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000102", "110000000102", community("110000000102", "测试社区"));
        TestEvents.publish(Topics.REGISTRY, "110000000101", twice);
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000103", "110000000103", community("110000000103", "测试社区"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000103"));
        List<String> applied = consumer.appliedCommunities();
        assertThat(applied).containsOnlyOnce("110000000101");
        assertThat(applied.subList(applied.indexOf("110000000101"), applied.size()))
                .containsSubsequence("110000000101", "110000000102", "110000000103");
    }

    @Test
    void anEventThatCannotBeAppliedIsDeadLetteredAloneAndTheOthersOfItsBatchAreApplied() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000111", "110000000111", community("110000000111", "测试社区"));
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000112", "110000000112",
                community("110000000112", BatchRecordingConsumer.UNAPPLICABLE));
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000113", "110000000113", community("110000000113", "测试社区"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000113"));
        assertThat(consumer.appliedCommunities()).contains("110000000111").doesNotContain("110000000112");
        List<ConsumerRecord<String, String>> deadLetters = TestEvents.readUntil(Topics.deadLetter("messaging-core"),
                record -> "110000000112".equals(record.key()), BOUND);
        ConsumerRecord<String, String> deadLetter = deadLetters.get(deadLetters.size() - 1);
        assertThat(header(deadLetter, "dead-letter-reason")).contains("cannot be applied");
        assertThat(header(deadLetter, "dead-letter-topic")).isEqualTo(Topics.REGISTRY);
        assertThat(header(deadLetter, "ce_type")).isEqualTo(EventType.COMMUNITY_REGISTERED.name());
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheRestOfItsBatchApplied() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000121", "110000000121", community("110000000121", "测试社区"));
        TestEvents.publishRaw(Topics.REGISTRY, "110000000122", "not an event either", new RecordHeaders());
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110000000123", "110000000123", community("110000000123", "测试社区"));

        await().atMost(BOUND).until(() -> consumer.appliedCommunities().contains("110000000123"));
        assertThat(consumer.appliedCommunities()).contains("110000000121");
        List<ConsumerRecord<String, String>> deadLetters = TestEvents.readUntil(Topics.deadLetter("messaging-core"),
                record -> "not an event either".equals(record.value()), BOUND);
        assertThat(header(deadLetters.get(deadLetters.size() - 1), "dead-letter-reason")).contains("not a CloudEvent");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static CloudEvent event(String code, String name) {
        return CloudEvent.of(EventType.COMMUNITY_REGISTERED, "/test", code, community(code, name));
    }

    private static CommunityRegistered community(String code, String name) {
        return new CommunityRegistered(code, name, "110101001000", "测试街道", "110101000000", "东城区",
                "110000000000", "北京市");
    }
}
