package city.hotline.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code hotline_dead_letters_total{channel, topic}}: the records this service has sent to its
 * dead-letter topic, by the channel that could not apply them and the topic they came from. Every
 * one is an event some consumer of this service has not applied; see docs/runbook.md.
 */
@ApplicationScoped
public class DeadLetterCounter {

    private final MeterRegistry registry;

    DeadLetterCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String channel, String topic) {
        Counter.builder("hotline.dead.letters")
                .description("Records sent to this service's dead-letter topic, by channel and original topic")
                .tag("channel", channel)
                .tag("topic", topic)
                .register(registry)
                .increment();
    }
}
