package city.hotline.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: stands still until a test moves it on, so a deadline passes
 * without anyone waiting for it. Starts on Monday 5 December 2022, 09:00 in Beijing.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private volatile Instant now = Instant.parse("2022-12-05T01:00:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Moves on to the next time the clock in Beijing shows the given time of day. */
    public void advanceToNext(LocalTime time) {
        ZonedDateTime beijing = now.atZone(BEIJING);
        ZonedDateTime next = beijing.with(time);
        now = (next.isAfter(beijing) ? next : next.plusDays(1)).toInstant();
    }

    /** Moves on to a moment after now, never back. */
    public void advanceTo(OffsetDateTime moment) {
        if (moment.toInstant().isBefore(now)) {
            throw new IllegalArgumentException("the clock does not go back, from " + now + " to " + moment);
        }
        now = moment.toInstant();
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(now, ZoneOffset.ofHours(8));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
