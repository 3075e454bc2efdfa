package city.hotline.messaging;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates a topic before its first event: left to the broker's auto-creation, the relay's producer
 * would wait for the new topic's metadata on the first send, and every event behind that one with
 * it. Partitions and replicas are the broker's defaults, as auto-creation would give. A failure is
 * only logged: auto-creation (or an operator) still makes the topic when the first event comes.
 */
@ApplicationScoped
public class TopicProvisioning {

    private static final Logger LOG = Logger.getLogger(TopicProvisioning.class);

    private final KafkaAdmin admin;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    TopicProvisioning(KafkaAdmin admin) {
        this.admin = admin;
    }

    /**
     * Asks for the topic and returns at once: a consumer learning of many communities in a row must
     * not wait for the broker's controller once per community.
     */
    public void createAhead(String topic) {
        if (created.contains(topic)) {
            return;
        }
        admin.get().createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty()))).all()
                .whenComplete((done, failure) -> {
                    if (failure == null || failure instanceof TopicExistsException
                            || failure.getCause() instanceof TopicExistsException) {
                        created.add(topic);
                    } else {
                        LOG.warnf("Topic %s not created ahead of its first event: %s", topic, failure.getMessage());
                    }
                });
    }
}
