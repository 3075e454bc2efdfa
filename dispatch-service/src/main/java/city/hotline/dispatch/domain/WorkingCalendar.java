package city.hotline.dispatch.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The city's working time: the working days of the week and hours of the day, with public
 * holidays off and adjusted working days (调休) on, in the city's zone. Counts deadlines in it.
 *
 * @param exceptions the days that break the weekly rule, true for a working day (调休), false
 *                   for a holiday; must cover every day a computation reaches
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end,
        Map<LocalDate, Boolean> exceptions) {

    /** How far a computation may look for working days before the calendar is taken as broken. */
    public static final int HORIZON_DAYS = 400;

    public boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        return exception != null ? exception : days.contains(date.getDayOfWeek());
    }

    /** The moment a limit given at {@code from} runs out, counted around the clock or in working time. */
    public OffsetDateTime plus(OffsetDateTime from, TimeLimit limit, Counted counted) {
        ZonedDateTime at = from.atZoneSameInstant(zone);
        ZonedDateTime due;
        if (counted == Counted.CLOCK) {
            due = limit.inDays() ? at.plusDays(limit.days()) : at.plus(limit.time());
        } else {
            due = limit.inDays() ? plusWorkingDays(at, limit.days()) : plusWorkingTime(at, limit.time());
        }
        return due.toOffsetDateTime();
    }

    /**
     * Working hours are used up one working day after the other: a call at 17:20 on a Friday with
     * two hours to go has ten minutes on Friday and is due at 10:20 on Monday.
     */
    private ZonedDateTime plusWorkingTime(ZonedDateTime from, Duration time) {
        ZonedDateTime at = from;
        Duration left = time;
        for (int day = 0; day < HORIZON_DAYS; day++) {
            at = openAtOrAfter(at);
            ZonedDateTime close = at.with(end);
            Duration available = Duration.between(at, close);
            if (left.compareTo(available) <= 0) {
                return at.plus(left);
            }
            left = left.minus(available);
            at = close;
        }
        throw new IllegalStateException("no working time within " + HORIZON_DAYS + " days of " + from);
    }

    /**
     * Days as the law counts them (民法典 art. 201, 203): the day it starts on is not counted, and
     * the limit runs out when work ends on the last working day.
     */
    private ZonedDateTime plusWorkingDays(ZonedDateTime from, int count) {
        LocalDate day = from.toLocalDate();
        int counted = 0;
        for (int step = 0; counted < count; step++) {
            if (step > HORIZON_DAYS) {
                throw new IllegalStateException("no working day within " + HORIZON_DAYS + " days of " + from);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(end).atZone(zone);
    }

    /** The moment itself if it is in working time, else when work next starts. */
    private ZonedDateTime openAtOrAfter(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(day) && at.toLocalTime().isBefore(end)) {
            return at.toLocalTime().isBefore(start) ? day.atTime(start).atZone(zone) : at;
        }
        for (int step = 0; step < HORIZON_DAYS; step++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                return day.atTime(start).atZone(zone);
            }
        }
        throw new IllegalStateException("no working day within " + HORIZON_DAYS + " days of " + at);
    }
}
