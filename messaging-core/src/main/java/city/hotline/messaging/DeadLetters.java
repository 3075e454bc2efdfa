package city.hotline.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends a record no retry could apply to the service's dead-letter topic, as the Kafka connector
 * does for a record consumed alone: the original key, value and headers, and the reason in the
 * connector's {@code dead-letter-*} headers, so one tool reads both. Batched consumption needs its
 * own: the connector would dead-letter a whole batch for one bad record. Each is counted in
 * {@code hotline_dead_letters_total}, as the connector's are.
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<String> emitter;
    private final DeadLetterCounter counter;

    DeadLetters(@Channel("dead-letters") MutinyEmitter<String> emitter, DeadLetterCounter counter) {
        this.emitter = emitter;
        this.counter = counter;
    }

    /**
     * Returns once the broker has the dead letter, so the record's offset may be committed after it.
     *
     * @param channel the channel that could not apply the record
     */
    public void send(String channel, ConsumerRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        add(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        add(headers, "dead-letter-reason", messageOf(reason));
        if (reason.getCause() != null) {
            add(headers, "dead-letter-cause-class-name", reason.getCause().getClass().getName());
            add(headers, "dead-letter-cause", messageOf(reason.getCause()));
        }
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", Integer.toString(record.partition()));
        add(headers, "dead-letter-offset", Long.toString(record.offset()));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        emitter.sendMessageAndAwait(Message.of(record.value(), Metadata.of(kafka)));
        counter.count(channel, record.topic());
    }

    private static String messageOf(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
