package city.hotline.infrastructure;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void ephemeralBrokerDeliversARecordOnAnAutoCreatedTopic() throws Exception {
        try (KafkaBroker kafka = KafkaBroker.ephemeral()) {
            produce(kafka, "hotline.test", "110101001001", "一个来电");

            ConsumerRecord<String, String> record = consumeOne(kafka, "hotline.test");
            assertEquals("110101001001", record.key());
            assertEquals("一个来电", record.value());
        }
    }

    @Test
    void topicsCreatedAheadHaveTheirPartitionsAndAnExistingOneIsLeftAsItIs() throws Exception {
        try (KafkaBroker kafka = KafkaBroker.ephemeral()) {
            produce(kafka, "hotline.existing", "110101001001", "auto-created");

            kafka.createTopics(List.of("hotline.shared", "hotline.existing"), 6);
            kafka.createTopics(List.of("hotline.shared"), 6);

            try (Admin admin = Admin.create(Map.<String, Object>of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                var topics = admin.describeTopics(List.of("hotline.shared", "hotline.existing")).allTopicNames()
                        .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                assertEquals(6, topics.get("hotline.shared").partitions().size());
                assertEquals(1, topics.get("hotline.existing").partitions().size());
            }
        }
    }

    @Test
    void persistentBrokerKeepsRecordsAcrossRestarts(@TempDir Path logDirectory) throws Exception {
        int port = LocalPorts.free();
        int controllerPort = LocalPorts.free();
        try (KafkaBroker kafka = KafkaBroker.persistent(logDirectory, port, controllerPort)) {
            produce(kafka, "hotline.durable", "110101001001", "kept");
        }
        assertTrue(LocalPorts.isFree(port), "the stopped broker released its port");

        try (KafkaBroker kafka = KafkaBroker.persistent(logDirectory, port, controllerPort)) {
            assertEquals("kept", consumeOne(kafka, "hotline.durable").value());
        }
    }

    private static void produce(KafkaBroker kafka, String topic, String key, String value) throws Exception {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static ConsumerRecord<String, String> consumeOne(KafkaBroker kafka, String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        assertEquals(1, received.size());
        return received.get(0);
    }
}
