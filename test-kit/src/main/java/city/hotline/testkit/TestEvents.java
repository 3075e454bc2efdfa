package city.hotline.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;
import city.hotline.events.KafkaBinding;

/**
 * Puts events on the test broker as another service would, and reads topics as a community
 * system would, so a service can be tested through its real messaging.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes an event of the given type to its shared topic, keyed by community, as its owner would. */
    public static <T> CloudEvent publish(EventType<T> type, String communityCode, String subject, T payload) {
        CloudEvent event = CloudEvent.of(type, "/test", subject, payload);
        publish(type.topic(), communityCode, event);
        return event;
    }

    /** Publishes a given event, e.g. a second time to test redelivery. */
    public static void publish(String topic, String key, CloudEvent event) {
        send(new ProducerRecord<>(topic, null, key, event.data(), KafkaBinding.headers(event)));
    }

    /** Publishes a record that is not a valid event, to test dead-lettering. */
    public static void publishRaw(String topic, String key, String value, Headers headers) {
        send(new ProducerRecord<>(topic, null, key, value, headers == null ? new RecordHeaders() : headers));
    }

    /**
     * Reads a topic from its beginning until a record matching the condition arrives, within the
     * bound; the records read so far in order, ending with the match.
     */
    public static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<ConsumerRecord<String, String>> condition, Duration bound) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(bound).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(record);
                    if (condition.test(record)) {
                        return true;
                    }
                }
                return false;
            });
        }
        return read;
    }

    private static void send(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("test broker refused a record", e.getCause());
        }
    }

    private static Properties producerProperties() {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, HotlineInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        return properties;
    }

    private static Properties consumerProperties() {
        Properties properties = new Properties();
        properties.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, HotlineInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        return properties;
    }
}
