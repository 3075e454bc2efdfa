package city.hotline.messaging;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends the records of a dead-letter topic back to the topics they came from, once the cause is fixed: the same key,
 * value and CloudEvent headers, without the {@code dead-letter-*} ones. Every consumer group of the original topic
 * gets the event again; those that applied it drop it by its id (within {@code processed-event-retention}), the one
 * that could not applies it now. The tool remembers how far it has replayed in the consumer group
 * {@code hotline.dead-letter-replay}, so a second run sends only what was dead-lettered since.
 *
 * <pre>
 * java -cp '/deployments/lib/main/*' city.hotline.messaging.DeadLetterReplay \
 *      --bootstrap-server HOST:PORT [--command-config client.properties] [--dry-run] hotline.dead-letter.SERVICE
 * </pre>
 *
 * {@code --dry-run} lists the records and sends nothing (nor moves the group on). See docs/runbook.md.
 */
public final class DeadLetterReplay {

    static final String GROUP = "hotline.dead-letter-replay";
    private static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Map<String, Object> kafka;
    private final PrintStream out;

    DeadLetterReplay(Map<String, Object> kafka, PrintStream out) {
        this.kafka = kafka;
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Map<String, Object> kafka = new HashMap<>();
        String topic = null;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-server" -> kafka.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[++i]);
                case "--command-config" -> {
                    Properties properties = new Properties();
                    try (Reader file = Files.newBufferedReader(Path.of(args[++i]), StandardCharsets.UTF_8)) {
                        properties.load(file);
                    }
                    properties.forEach((key, value) -> kafka.put(key.toString(), value));
                }
                case "--dry-run" -> dryRun = true;
                default -> topic = args[i];
            }
        }
        if (topic == null || !kafka.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            System.err.println("usage: DeadLetterReplay --bootstrap-server HOST:PORT [--command-config FILE] [--dry-run]"
                    + " hotline.dead-letter.SERVICE");
            System.exit(2);
        }
        int replayed = new DeadLetterReplay(kafka, System.out).replay(topic, dryRun);
        System.out.printf("%d dead letters %s%n", replayed, dryRun ? "to replay (dry run: none sent)" : "replayed");
    }

    /** Replays what the topic received since the last replay; the number of records replayed (or to replay). */
    int replay(String deadLetterTopic, boolean dryRun) throws InterruptedException, ExecutionException {
        try (KafkaConsumer<String, String> consumer = consumer();
                KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(partition -> new TopicPartition(deadLetterTopic, partition.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            List<TopicPartition> fromTheBeginning = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    fromTheBeginning.add(partition);
                } else {
                    consumer.seek(partition, offset);
                }
            }
            if (!fromTheBeginning.isEmpty()) {
                // Given no partitions, seekToBeginning would rewind every assigned one.
                consumer.seekToBeginning(fromTheBeginning);
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);

            int replayed = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    Header original = record.headers().lastHeader(ORIGINAL_TOPIC);
                    if (original == null) {
                        out.printf("%s-%d@%d skipped: no %s header%n", record.topic(), record.partition(),
                                record.offset(), ORIGINAL_TOPIC);
                        continue;
                    }
                    String topic = text(original);
                    out.printf("%s-%d@%d -> %s  %s %s  (%s)%n", record.topic(), record.partition(), record.offset(),
                            topic, header(record, "ce_type"), header(record, "ce_id"),
                            header(record, "dead-letter-reason"));
                    if (!dryRun) {
                        producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(),
                                withoutDeadLetterHeaders(record))).get();
                    }
                    replayed++;
                }
            }
            if (!dryRun) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                partitions.forEach(partition -> done.put(partition, new OffsetAndMetadata(ends.get(partition))));
                consumer.commitSync(done);
            }
            return replayed;
        }
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "-" : text(header);
    }

    private static String text(Header header) {
        return header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
