package city.hotline.intake.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import city.hotline.intake.repository.StatisticsQueries.RollupPeriod;

/**
 * The calendar-year roll-ups in a range (docs/statistics.md): a community's or street's year is one
 * row, the sum of its twelve months, so a year of every community reads one row per community
 * rather than twelve, and the city's year one row per street.
 */
final class RollupYears {

    private RollupYears() {
    }

    /**
     * The whole calendar years of the range as YEAR periods, the days before and after them cut by
     * {@code rest} (from, toExclusive).
     */
    static List<RollupPeriod> cut(LocalDate from, LocalDate toExclusive,
            BiFunction<LocalDate, LocalDate, List<RollupPeriod>> rest) {
        LocalDate yearsFrom = from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
        LocalDate yearsTo = toExclusive.withDayOfYear(1);
        if (!yearsFrom.isBefore(yearsTo)) {
            return rest.apply(from, toExclusive);
        }
        List<RollupPeriod> periods = new ArrayList<>();
        for (LocalDate year = yearsFrom; year.isBefore(yearsTo); year = year.plusYears(1)) {
            periods.add(new RollupPeriod("YEAR", year));
        }
        periods.addAll(rest.apply(from, yearsFrom));
        periods.addAll(rest.apply(yearsTo, toExclusive));
        return periods;
    }

    /** Whether a community's row of the period holds its exact p90: a year's is summed from its months, so does not. */
    static boolean holdsExactP90(RollupPeriod period) {
        return !period.grain().equals("YEAR");
    }
}
