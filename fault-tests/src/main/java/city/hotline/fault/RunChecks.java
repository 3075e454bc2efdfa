package city.hotline.fault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import city.hotline.load.Database;

/**
 * What a run left behind, read from the services' tables and from Kafka: whether every acknowledged call is stored
 * once, every call that needs a ticket has exactly one, assigned and told to its worker once, and nothing is stuck in
 * an outbox, behind a consumer or in a dead-letter topic.
 */
final class RunChecks {

    private static final String DEAD_LETTER_PREFIX = "hotline.dead-letter.";

    private final Database database;
    private final String kafkaBootstrapServers;

    RunChecks(Database database, String kafkaBootstrapServers) {
        this.database = database;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** The calls the client sent, as the database has them. */
    record Calls(long acknowledged, long lost, long answeredWithAnotherId, long duplicated, long givenUpButStored) {
    }

    /**
     * How far the run's calls got: those that need a ticket (a complaint or request, or a consultation with no policy
     * answer, placed in a community), the tickets they have, and what is still on its way.
     */
    record Pipeline(long ticketWorthy, long withoutTicket, long tickets, long missingInDispatch,
            long dispatchTicketsForOneCall, long notAssigned, long assignedTwice, long withoutAssignmentNotice,
            long assignmentNoticedTwice, long outboxEvents) {

        boolean settled() {
            return withoutTicket == 0 && missingInDispatch == 0 && notAssigned == 0 && withoutAssignmentNotice == 0
                    && outboxEvents == 0;
        }
    }

    /** Kafka's side: records not yet consumed per consumer group, and records in each dead-letter topic. */
    record Topics(Map<String, Long> lagByGroup, Map<String, Long> deadLetters, List<String> deadLetterReasons) {

        long lag() {
            return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
        }

        long deadLettered() {
            return deadLetters.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    Calls calls(OperatorClient.Stream stream, String keyPrefix, Instant since) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT k.key, c.id::text FROM intake.idempotency_key k JOIN intake.call c ON c.id = k.call_id
                WHERE k.key LIKE ?""")) {
            query.setString(1, keyPrefix + "-%");
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.put(row.getString(1), row.getString(2));
                }
            }
        }
        long lost = 0;
        long otherId = 0;
        long givenUpButStored = 0;
        for (OperatorClient.Outcome outcome : stream.outcomes()) {
            String callId = stored.get(outcome.key());
            if (outcome.acknowledged() && callId == null) {
                lost++;
            } else if (outcome.acknowledged() && !callId.equals(outcome.callId())) {
                otherId++;
            } else if (outcome.status() == 0 && callId != null) {
                givenUpButStored++;
            }
        }
        return new Calls(stream.acknowledged(), lost, otherId, duplicated(since), givenUpButStored);
    }

    /** Calls stored more than once: each call of the stream has a caller phone of its own (138 + its number). */
    private long duplicated(Instant since) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT count(*) - count(DISTINCT caller_phone) FROM intake.call
                WHERE created_at >= ? AND caller_phone LIKE '138%'""")) {
            query.setObject(1, java.sql.Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    Pipeline pipeline(String keyPrefix) throws SQLException {
        String sql = """
                WITH run_call AS (
                    SELECT c.* FROM intake.call c JOIN intake.idempotency_key k ON k.call_id = c.id WHERE k.key LIKE ?
                ), worthy AS (
                    SELECT * FROM run_call WHERE community_code IS NOT NULL
                        AND (type IN ('COMPLAINT', 'REQUEST') OR (type = 'CONSULTATION' AND answer_id IS NULL))
                ), run_ticket AS (
                    SELECT DISTINCT ticket_id FROM worthy WHERE ticket_id IS NOT NULL
                ), assignments AS (
                    SELECT t.ticket_id,
                           (SELECT count(*) FROM dispatch.ticket_step s
                            WHERE s.ticket_id = t.ticket_id AND s.action = 'ASSIGNED') AS steps,
                           (SELECT count(*) FROM notification.notification n
                            WHERE n.ticket_id = t.ticket_id AND n.event_type = 'hotline.ticket.assigned') AS notices
                    FROM run_ticket t
                )
                SELECT (SELECT count(*) FROM worthy),
                       (SELECT count(*) FROM worthy WHERE ticket_id IS NULL),
                       (SELECT count(*) FROM run_ticket),
                       (SELECT count(*) FROM run_ticket t
                        WHERE NOT EXISTS (SELECT 1 FROM dispatch.ticket d WHERE d.id = t.ticket_id)),
                       (SELECT count(*) FROM (SELECT d.call_id FROM dispatch.ticket d
                                              JOIN run_call c ON c.id = d.call_id
                                              GROUP BY d.call_id HAVING count(*) > 1) twice),
                       (SELECT count(*) FROM assignments WHERE steps = 0),
                       (SELECT count(*) FROM assignments WHERE steps > 1),
                       (SELECT count(*) FROM assignments WHERE notices = 0),
                       (SELECT count(*) FROM assignments WHERE notices > 1),
                       (SELECT count(*) FROM registry.outbox_event) + (SELECT count(*) FROM intake.outbox_event)
                           + (SELECT count(*) FROM dispatch.outbox_event)
                           + (SELECT count(*) FROM notification.outbox_event)""";
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, keyPrefix + "-%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Pipeline(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10));
            }
        }
    }

    /** Whether the probe's ticket is assigned and its worker told. */
    boolean notified(String ticketId) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT count(*) FROM notification.notification
                WHERE ticket_id = ? AND event_type = 'hotline.ticket.assigned'""")) {
            query.setString(1, ticketId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** Tickets assigned, by their ASSIGNED step, between two instants: dispatch's work while the registry is away. */
    long assignedBetween(Instant from, Instant to) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement("""
                SELECT count(*) FROM dispatch.ticket_step WHERE action = 'ASSIGNED' AND at >= ? AND at < ?""")) {
            query.setObject(1, java.sql.Timestamp.from(from));
            query.setObject(2, java.sql.Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    Topics topics() throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers))) {
            Map<String, Long> lag = new TreeMap<>();
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, Long> ends = offsets(admin, committed.keySet(), OffsetSpec.latest());
                long groupLag = committed.entrySet().stream()
                        .filter(entry -> entry.getValue() != null)
                        .mapToLong(entry -> ends.get(entry.getKey()) - entry.getValue().offset())
                        .sum();
                lag.put(group.groupId(), groupLag);
            }
            Set<String> deadLetterTopics = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(DEAD_LETTER_PREFIX)).collect(Collectors.toSet());
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(deadLetterTopics).allTopicNames().get().forEach((name, description) ->
                    description.partitions().forEach(partition ->
                            partitions.add(new TopicPartition(name, partition.partition()))));
            Map<TopicPartition, Long> firsts = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> lasts = offsets(admin, partitions, OffsetSpec.latest());
            Map<String, Long> deadLetters = new TreeMap<>();
            partitions.forEach(partition -> deadLetters.merge(partition.topic(),
                    lasts.get(partition) - firsts.get(partition), Long::sum));
            List<String> reasons = deadLetters.values().stream().anyMatch(count -> count > 0)
                    ? deadLetterReasons(partitions) : List.of();
            return new Topics(lag, deadLetters, reasons);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, java.util.Collection<TopicPartition> partitions,
            OffsetSpec spec) throws InterruptedException, ExecutionException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answers = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec))).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answers.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** The reasons the connector gave for the first few dead letters, so that a failed run says why. */
    private List<String> deadLetterReasons(List<TopicPartition> partitions) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "fault-tests-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(5))) {
                Header reason = record.headers().lastHeader("dead-letter-reason");
                reasons.add(record.topic() + ": " + (reason == null ? "?" : new String(reason.value())));
                if (reasons.size() == 10) {
                    break;
                }
            }
        }
        return reasons;
    }
}
