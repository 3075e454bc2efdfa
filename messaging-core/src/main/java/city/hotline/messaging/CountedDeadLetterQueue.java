package city.hotline.messaging;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The connector's dead-letter queue, counted: the failure strategy of every channel
 * ({@code failure-strategy=counted-dead-letter-queue}). The connector itself keeps no count of what
 * it dead-letters; this counts each record once the dead-letter topic has it.
 */
@ApplicationScoped
@Identifier(CountedDeadLetterQueue.STRATEGY)
public class CountedDeadLetterQueue implements KafkaFailureHandler.Factory {

    static final String STRATEGY = "counted-dead-letter-queue";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final DeadLetterCounter counter;

    CountedDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetterQueue,
            DeadLetterCounter counter) {
        this.deadLetterQueue = deadLetterQueue;
        this.counter = counter;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler handler = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        String channel = config.getChannel();
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return handler.handle(record, reason, metadata)
                        .invoke(() -> counter.count(channel, record.getTopic()));
            }

            @Override
            public void terminate() {
                handler.terminate();
            }
        };
    }
}
