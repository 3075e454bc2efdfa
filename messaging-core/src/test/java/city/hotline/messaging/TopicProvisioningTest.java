package city.hotline.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class TopicProvisioningTest {

    @Inject
    TopicProvisioning topics;

    @Test
    void aTopicAskedForAheadIsCreatedAndAskingAgainChangesNothing() {
        String topic = Topics.dispatch("110000000201");

        topics.createAhead(topic);
        topics.createAhead(topic);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", HotlineInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get().contains(topic));
        }
    }
}
