package city.hotline.notification.service;

import java.time.Clock;

/**
 * A token bucket: {@code perSecond} tokens a second, at most one second's worth saved up. Written
 * here because the rate limiters at hand (SmallRye Fault Tolerance's {@code @RateLimit}) limit
 * calls to a method and fail the excess, where the sender needs to ask "may I send on this channel
 * now?" and, if not, leave the delivery for the next round.
 */
public final class TokenBucket {

    private final Clock clock;
    private final int perSecond;
    private double tokens;
    private long refilledAtMillis;

    public TokenBucket(int perSecond, Clock clock) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least one a second: " + perSecond);
        }
        this.clock = clock;
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.refilledAtMillis = clock.millis();
    }

    /** Takes a token if there is one. */
    public synchronized boolean tryTake() {
        long now = clock.millis();
        tokens = Math.min(perSecond, tokens + Math.max(0, now - refilledAtMillis) * perSecond / 1000.0);
        refilledAtMillis = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
