package city.hotline.dispatch.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a step may take, written in ISO-8601: whole days ({@code P7D}) or a time ({@code PT2H},
 * {@code PT15M}), never both, always more than nothing. Whether it runs around the clock or only
 * in working time is the policy's {@link Counted}.
 */
public record TimeLimit(int days, Duration time) {

    private static final Pattern DAYS = Pattern.compile("P(\\d{1,3})D");

    /** The limit an ISO-8601 text gives; {@link IllegalArgumentException} saying why when it gives none. */
    public static TimeLimit parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is missing: give whole days (P7D) or a time (PT2H)");
        }
        Matcher days = DAYS.matcher(text);
        if (days.matches()) {
            int count = Integer.parseInt(days.group(1));
            if (count == 0) {
                throw new IllegalArgumentException(text + " is no time at all");
            }
            return new TimeLimit(count, null);
        }
        if (!text.startsWith("PT")) {
            throw new IllegalArgumentException(text + " is not whole days (P7D) or a time (PT2H)");
        }
        Duration time;
        try {
            time = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text + " is not an ISO-8601 time such as PT2H or PT15M");
        }
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException(text + " is not a positive time");
        }
        return new TimeLimit(0, time);
    }

    public boolean inDays() {
        return time == null;
    }

    @Override
    public String toString() {
        return inDays() ? "P" + days + "D" : time.toString();
    }
}
