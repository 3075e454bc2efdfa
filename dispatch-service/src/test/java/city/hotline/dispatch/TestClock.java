package city.hotline.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: stands still until a test moves it on, so a deadline passes
 * without anyone waiting for it. Starts on Monday 5 December 2022, 09:00 in Beijing.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2022-12-05T01:00:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
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
