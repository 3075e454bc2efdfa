package city.hotline.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes its outbox. */
@ConfigMapping(prefix = "hotline.messaging")
public interface MessagingConfig {

    /** The CloudEvent {@code source} of every event this service emits, e.g. {@code /hotline-intake}. */
    String source();

    /** Events published per relay round. */
    @WithDefault("256")
    int relayBatchSize();

    /**
     * How often the relay looks at the outbox when no commit has woken it: the bound on how late
     * an event committed by another instance, or left by a crash, is published.
     */
    @WithDefault("1s")
    Duration relayPollInterval();

    /** The longest wait between two failed relay rounds while Kafka or PostgreSQL is unavailable. */
    @WithDefault("15s")
    Duration relayMaxBackoff();

    /** How long the relay waits for the broker to acknowledge a batch before it tries again. */
    @WithDefault("30s")
    Duration relayAckTimeout();

    /**
     * The longest wait between two attempts of a consumer to apply an event while PostgreSQL is unavailable. The
     * consumer waits for the database rather than sending the event to the dead-letter topic: the event is good.
     */
    @WithDefault("10s")
    Duration consumerMaxBackoff();

    /**
     * How long a consumer remembers an applied event. Kafka redelivers only records whose offsets
     * were not yet committed, minutes old at most; a week covers a consumer stopped for days.
     */
    @WithDefault("7d")
    Duration processedEventRetention();

    /**
     * How often the messaging metrics (outbox backlog, consumer lag) are measured. They are measured apart from the
     * scrapes, which must not wait for a database or a broker that is down.
     */
    @WithDefault("15s")
    Duration metricsInterval();
}
