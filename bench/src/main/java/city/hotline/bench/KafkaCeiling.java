package city.hotline.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's raw ceiling for the pipeline's kind of write: records of an event's size, keyed by community, with
 * acks=all and idempotence as the outbox relay produces them, sent as fast as the producer acknowledges them.
 */
final class KafkaCeiling {

    static final String TOPIC = "bench.ceiling";
    /** Bounds the records in flight so the producer batches instead of buffering the whole run. */
    private static final int IN_FLIGHT = 10_000;

    private KafkaCeiling() {
    }

    /** The mean size of the values of the last records of a topic: the events the pipeline wrote. */
    static int meanRecordBytes(String bootstrapServers, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.endOffsets(partitions).forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - 100)));
            long bytes = 0;
            long records = 0;
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(5))) {
                bytes += record.serializedValueSize();
                records++;
            }
            return records == 0 ? 1000 : (int) (bytes / records);
        }
    }

    /** Acknowledged records per second. */
    static double measure(String bootstrapServers, int recordBytes, Duration duration) throws InterruptedException {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        char[] filler = new char[recordBytes];
        Arrays.fill(filler, 'x');
        String value = new String(filler);
        Semaphore window = new Semaphore(IN_FLIGHT);
        AtomicLong acknowledged = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // The first send waits for metadata (and creates the topic): not part of the rate.
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get();
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long sent = 0;
            while (System.nanoTime() < end) {
                window.acquire();
                String key = "1101%08d".formatted(sent++ % 3000);
                producer.send(new ProducerRecord<>(TOPIC, key, value), (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.incrementAndGet();
                    }
                    window.release();
                });
            }
            producer.flush();
            return acknowledged.get() / ((System.nanoTime() - start) / 1e9);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The broker refused the ceiling's first record", e.getCause());
        }
    }
}
