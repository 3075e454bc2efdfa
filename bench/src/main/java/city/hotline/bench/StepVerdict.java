package city.hotline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the stack sustained the rate of one step: every call offered was accepted (no timeout, no error), the POST's
 * p99 stayed under {@value #POST_P99_LIMIT_MS} ms, and every ticket of the step was assigned and notified, with every
 * outbox empty, within {@value #DRAIN_LIMIT_S} s of the step's last scheduled call. A stack past its rate fails the
 * first two (the open loop's calls queue for a connection, then time out); one that takes calls faster than it turns
 * them into tickets fails the last.
 *
 * @param shortfalls what fell short, in words; empty when the rate was sustained
 */
record StepVerdict(boolean sustained, List<String> shortfalls) {

    static final double POST_P99_LIMIT_MS = 1_000;
    static final double DRAIN_LIMIT_S = 30;

    /**
     * @param drained                 every ticket of the step assigned and notified and the outboxes empty
     * @param drainedAfterEndSeconds  from the step's last scheduled call until then (or until progress stalled)
     */
    static StepVerdict of(long sent, long accepted, double postP99Millis, boolean drained,
            double drainedAfterEndSeconds) {
        List<String> shortfalls = new ArrayList<>();
        if (accepted < sent) {
            shortfalls.add((sent - accepted) + " of " + sent + " calls not accepted");
        }
        if (postP99Millis > POST_P99_LIMIT_MS) {
            shortfalls.add("POST p99 %.0f ms over %.0f ms".formatted(postP99Millis, POST_P99_LIMIT_MS));
        }
        if (!drained) {
            shortfalls.add("not every ticket assigned and notified");
        } else if (drainedAfterEndSeconds > DRAIN_LIMIT_S) {
            shortfalls.add("drained %.0f s after the last call, over %.0f s"
                    .formatted(drainedAfterEndSeconds, DRAIN_LIMIT_S));
        }
        return new StepVerdict(shortfalls.isEmpty(), List.copyOf(shortfalls));
    }

    /**
     * The highest rate sustained before the first step that was not (a rate passed after one that failed is luck of
     * the moment, not a rate the stack carries); empty when the first step already failed.
     *
     * @param rates    the steps' rates in the order run, beside their verdicts
     */
    static Optional<Double> highestSustained(List<Double> rates, List<StepVerdict> verdicts) {
        Optional<Double> highest = Optional.empty();
        for (int i = 0; i < verdicts.size(); i++) {
            if (!verdicts.get(i).sustained()) {
                break;
            }
            double rate = rates.get(i);
            highest = Optional.of(highest.map(h -> Math.max(h, rate)).orElse(rate));
        }
        return highest;
    }
}
