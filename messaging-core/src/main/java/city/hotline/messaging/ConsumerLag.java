package city.hotline.messaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import city.hotline.metrics.MeasuredGauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

/**
 * {@code hotline_consumer_lag_records{channel, group, topic}}: the records of a topic that a
 * channel's consumer group has not yet committed, measured as {@code kafka-consumer-groups.sh
 * --describe} does, from the group's committed offsets and the partitions' end offsets (a partition
 * the group has never committed counts from its first record). It is the group's lag, whichever
 * replica's partitions they are, so every replica shows the same figure: aggregate with {@code max},
 * not {@code sum}. A consumer waiting for the database, or stopped, shows here while its records
 * wait in Kafka.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final KafkaClientService clients;
    private final KafkaAdmin admin;
    private final Config config;
    private final MeterRegistry registry;
    private final Map<Subscription, MeasuredGauge> gauges = new ConcurrentHashMap<>();

    ConsumerLag(KafkaClientService clients, KafkaAdmin admin, Config config, MeterRegistry registry) {
        this.clients = clients;
        this.admin = admin;
        this.config = config;
        this.registry = registry;
    }

    /** A topic as one channel's consumer group reads it. */
    record Subscription(String channel, String group, String topic) {
    }

    @Scheduled(identity = "consumer-lag", every = "${hotline.messaging.metrics-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void measure() {
        List<Subscription> subscriptions = subscriptions();
        try {
            Map<Subscription, Long> lags = lagOf(subscriptions);
            lags.forEach((subscription, lag) -> gauge(subscription).set(lag));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Kafka away: the channels' health checks and the consumers' own logs say so.
            LOG.debugf("Consumer lag not measured: %s", e.getMessage());
            subscriptions.forEach(subscription -> gauge(subscription).unknown());
        }
    }

    private MeasuredGauge gauge(Subscription subscription) {
        return gauges.computeIfAbsent(subscription, key -> MeasuredGauge.register(registry, "hotline.consumer.lag",
                "Records of a topic not yet committed by a channel's consumer group", "records",
                Tags.of("channel", key.channel(), "group", key.group(), "topic", key.topic())));
    }

    /** The Kafka channels of this service that have started, with their groups and topics (none by pattern). */
    private List<Subscription> subscriptions() {
        Set<Subscription> subscriptions = new LinkedHashSet<>();
        for (String started : clients.getConsumerChannels()) {
            // A channel with concurrency n runs as the channels "<name>$1" … "<name>$n", configured as <name>.
            String channel = started.replaceFirst("\\$\\d+$", "");
            if (config.getOptionalValue("mp.messaging.incoming." + channel + ".pattern", Boolean.class).orElse(false)) {
                continue; // its topics are whatever matches now; kafka-consumer-groups.sh shows them
            }
            for (KafkaConsumer<Object, Object> consumer : clients.<Object, Object>getConsumers(started)) {
                String group = String.valueOf(consumer.configuration().get(ConsumerConfig.GROUP_ID_CONFIG));
                topicsOf(channel).forEach(topic -> subscriptions.add(new Subscription(channel, group, topic)));
            }
        }
        return new ArrayList<>(subscriptions);
    }

    /** As the connector reads them: {@code topics}, else {@code topic}, else the channel's name. */
    private List<String> topicsOf(String channel) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        return config.getOptionalValue(prefix + "topics", String.class)
                .map(topics -> Arrays.stream(topics.split(",")).map(String::trim).toList())
                .orElseGet(() -> List.of(config.getOptionalValue(prefix + "topic", String.class).orElse(channel)));
    }

    private Map<Subscription, Long> lagOf(List<Subscription> subscriptions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Admin kafka = admin.get();
        Map<String, List<TopicPartition>> partitions = partitionsOf(kafka,
                subscriptions.stream().map(Subscription::topic).collect(Collectors.toSet()));
        List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
        Map<TopicPartition, Long> firsts = offsets(kafka, all, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(kafka, all, OffsetSpec.latest());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (String group : subscriptions.stream().map(Subscription::group).collect(Collectors.toSet())) {
            committed.put(group, kafka.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        Map<Subscription, Long> lags = new HashMap<>();
        for (Subscription subscription : subscriptions) {
            Map<TopicPartition, OffsetAndMetadata> groupOffsets = committed.get(subscription.group());
            long lag = 0;
            for (TopicPartition partition : partitions.get(subscription.topic())) {
                OffsetAndMetadata offset = groupOffsets.get(partition);
                long consumed = offset == null ? firsts.get(partition) : offset.offset();
                lag += Math.max(0, ends.get(partition) - consumed);
            }
            lags.put(subscription, lag);
        }
        return lags;
    }

    /** The partitions of each topic; none for a topic not created yet (no event has been published to it). */
    private static Map<String, List<TopicPartition>> partitionsOf(Admin kafka, Set<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> described
                : kafka.describeTopics(topics).topicNameValues().entrySet()) {
            List<TopicPartition> ofTopic = new ArrayList<>();
            try {
                described.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).partitions()
                        .forEach(partition -> ofTopic.add(new TopicPartition(described.getKey(), partition.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            partitions.put(described.getKey(), ofTopic);
        }
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin kafka, Collection<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        kafka.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec)))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
