package city.hotline.notification.service;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** The night hours (22:00-07:00 local time by default) in which non-urgent messages wait for morning. */
public final class QuietHours {

    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;

    public QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.zone = zone;
    }

    /** The end of the quiet hours that {@code now} falls in, or empty outside them. */
    public Optional<Instant> endOf(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime morning = local.with(end);
        if (!morning.isAfter(local)) {
            morning = morning.plusDays(1);
        }
        return Optional.of(morning.toInstant());
    }
}
