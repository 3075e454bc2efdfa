package city.hotline.events;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the timestamps events carry, in the envelope's {@code ce_time} and in payloads. Every producer writes them
 * in one of two forms, {@code OffsetDateTime.toString()} ({@code 2026-11-28T12:48:26.123456Z},
 * {@code 2026-11-28T20:48+08:00}) or Jackson's ISO form; a consumer reads several per event, and
 * {@code DateTimeFormatter}'s general parser (field maps, resolving, a parsed-text object per value) was a
 * noticeable share of every service's CPU per event. Those forms are read here digit by digit; anything else
 * (lower-case letters, offsets without a colon or with seconds, years beyond 9999, malformed text) is left to
 * {@code OffsetDateTime.parse}, so what is accepted, refused and returned is exactly what
 * {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} accepts, refuses and returns.
 */
public final class Rfc3339 {

    private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Rfc3339() {
    }

    /**
     * The date and time with the offset as written.
     *
     * @throws java.time.format.DateTimeParseException when it is not an ISO-8601 date and time with an offset
     */
    public static OffsetDateTime parse(CharSequence text) {
        OffsetDateTime common = parseCommonForm(text);
        return common != null ? common : OffsetDateTime.parse(text);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm[:ss[.f…]]} followed by {@code Z} or {@code ±HH:mm}, with 1 to 9 fraction digits.
     *
     * @return null when the text is not in that form or is no date and time (such as 30 February): the caller then
     *         leaves it to the general parser, which gives the reason
     */
    static OffsetDateTime parseCommonForm(CharSequence text) {
        int length = text.length();
        if (length < 17 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) {
            return null;
        }
        int at = 16;
        int second = 0;
        int nano = 0;
        if (text.charAt(at) == ':') {
            second = length >= at + 3 ? digits(text, at + 1, 2) : -1;
            if (second < 0) {
                return null;
            }
            at += 3;
            if (at < length && text.charAt(at) == '.') {
                int first = ++at;
                while (at < length && at - first < 9 && isDigit(text.charAt(at))) {
                    nano = nano * 10 + (text.charAt(at++) - '0');
                }
                int count = at - first;
                if (count == 0 || at < length && isDigit(text.charAt(at))) {
                    return null;
                }
                nano *= SCALE[9 - count];
            }
        }
        ZoneOffset offset = offset(text, at);
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** {@code Z} or {@code ±HH:mm} from {@code at} to the end; null for anything else. */
    private static ZoneOffset offset(CharSequence text, int at) {
        int left = text.length() - at;
        if (left == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (left != 6 || text.charAt(at + 3) != ':') {
            return null;
        }
        char sign = text.charAt(at);
        int hours = digits(text, at + 1, 2);
        int minutes = digits(text, at + 4, 2);
        if (sign != '+' && sign != '-' || hours < 0 || minutes < 0) {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number {@code count} ASCII digits from {@code from} make; -1 if any is not one. */
    private static int digits(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
