package city.hotline.notification.service;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the wait doubles with each failed attempt up to a maximum, and
 * is then drawn between half and all of it, so that deliveries failed together by one outage of a
 * receiver do not all come back at the same instant.
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The wait after the given number of failed attempts (1 after the first). */
    public Duration after(int failedAttempts) {
        long ceiling = base.toMillis();
        for (int i = 1; i < failedAttempts && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, max.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
