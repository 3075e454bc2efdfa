package city.hotline.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: real time running on from a moment a test sets, so the service
 * lives through a night without a test sleeping. Starts at 10:00 on 5 December 2022, Beijing time,
 * so tests that do not care are outside the quiet hours.
 */
@Singleton
public class ShiftedClock extends Clock {

    public static final OffsetDateTime MORNING = OffsetDateTime.parse("2022-12-05T10:00:00+08:00");

    private volatile Duration shift;

    public ShiftedClock() {
        reset();
    }

    /** From now on the clock reads {@code moment}, and runs on from it. */
    public void setNow(OffsetDateTime moment) {
        shift = Duration.between(Instant.now(), moment.toInstant());
    }

    public void reset() {
        setNow(MORNING);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service reads UTC instants");
    }
}
