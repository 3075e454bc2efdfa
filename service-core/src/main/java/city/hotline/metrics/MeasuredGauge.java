package city.hotline.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * A gauge whose value its owner measures now and then (a query, a question to the broker) rather
 * than at every scrape: a scrape must not wait for a database or a broker that is down. It reads
 * {@code NaN} until the first measurement and after a failed one, so that an outage never shows as
 * an old, reassuring value.
 */
public final class MeasuredGauge {

    private volatile double value = Double.NaN;

    private MeasuredGauge() {
    }

    public static MeasuredGauge register(MeterRegistry registry, String name, String description, String baseUnit,
            Tags tags) {
        MeasuredGauge gauge = new MeasuredGauge();
        Gauge.builder(name, gauge, measured -> measured.value)
                .description(description)
                .baseUnit(baseUnit)
                .tags(tags)
                .strongReference(true)
                .register(registry);
        return gauge;
    }

    public void set(double measured) {
        value = measured;
    }

    /** The last measurement failed: what the gauge showed before is no longer known to be true. */
    public void unknown() {
        value = Double.NaN;
    }
}
