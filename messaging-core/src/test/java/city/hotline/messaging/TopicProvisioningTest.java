package city.hotline.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aTopicIsThereBeforeItsFirstEventAndAskingAgainChangesNothing() throws Exception {
        String topic = Topics.dispatch("110000000201");

        topics.ensureExists(topic);
        topics.ensureExists(topic);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", HotlineInfrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
    }
}
