package city.hotline.intake.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.repository.StatisticsQueries;
import city.hotline.intake.repository.StatisticsQueries.GroupFigures;
import city.hotline.intake.repository.StatisticsQueries.RollupPeriod;
import city.hotline.web.InvalidInputException;

/**
 * Call statistics for analysts: calls by type and category, praise and complaint tallies,
 * tickets and the three rates the city ranks communities on, defined in docs/statistics.md.
 */
@ApplicationScoped
public class CallStatistics {

    /** How a range is cut into periods. */
    public enum Granularity {
        DAY, WEEK, MONTH, TOTAL
    }

    /** A longer range by day would be an unreadable answer; months and weeks are there for it. */
    static final long MAX_DAYS = 400;

    private final StatisticsQueries queries;

    CallStatistics(StatisticsQueries queries) {
        this.queries = queries;
    }

    /**
     * The report's periods, checked now and read when the report is written.
     *
     * @param exact read every ticket rather than the roll-ups: the p90 exact rather than to the
     *              bucket, slower over long ranges; every other figure is the same either way
     */
    public StatisticsReport report(LocalDate from, LocalDate to, Granularity by, StatisticsScope scope,
            boolean exact) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS && by == Granularity.DAY) {
            throw new InvalidInputException("by", "a range longer than " + MAX_DAYS + " days is given by week or month");
        }
        List<StatisticsReport.Period> periods = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); ) {
            LocalDate end = min(periodEnd(start, by), to);
            periods.add(period(start, end, scope, exact));
            start = end.plusDays(1);
        }
        return new StatisticsReport(from, to, scope.level(), periods);
    }

    private static LocalDate periodEnd(LocalDate start, Granularity by) {
        return switch (by) {
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case TOTAL -> LocalDate.MAX;
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A period is read from the roll-ups of its whole calendar years and months, the whole ISO weeks of its
     * other days and the days left. At the community level a single year, month, week or day is one
     * roll-up row per community, read as stored: a month's, week's or day's holds the exact p90, a
     * year's the bucket of its p90; a community's other range without a whole
     * month, or a period asked to be exact, is read from the facts. Everything else merges the
     * roll-ups' histograms: the p90 to the bucket. See docs/statistics.md.
     */
    private StatisticsReport.Period period(LocalDate from, LocalDate to, StatisticsScope scope, boolean exact) {
        LocalDate toExclusive = to.plusDays(1);
        List<RollupPeriod> rollups = rollupPeriods(from, toExclusive);
        boolean wholeMonths = rollups.stream().anyMatch(p -> p.grain().equals("MONTH") || p.grain().equals("YEAR"));
        boolean oneCommunityPerGroup = scope.readLevel() == StatisticsLevel.COMMUNITY;
        if (exact || (oneCommunityPerGroup && !wholeMonths && rollups.size() > 1)) {
            return new StatisticsReport.Period(from, to, true,
                    rows -> queries.fromFacts(from, toExclusive, scope, toRows(rows)));
        }
        if (oneCommunityPerGroup && rollups.size() == 1) {
            return new StatisticsReport.Period(from, to, RollupYears.holdsExactP90(rollups.get(0)),
                    rows -> queries.fromRollup(rollups.get(0), from, toExclusive, scope, toRows(rows)));
        }
        return new StatisticsReport.Period(from, to, false,
                rows -> queries.fromRollups(rollups, from, toExclusive, scope, toRows(rows)));
    }

    /**
     * The whole calendar years of the range, then the whole months of the days outside them, then
     * the whole ISO weeks of the days outside those, then the days left.
     */
    static List<RollupPeriod> rollupPeriods(LocalDate from, LocalDate toExclusive) {
        return RollupYears.cut(from, toExclusive, CallStatistics::monthsWeeksAndDays);
    }

    /** The whole months of the range, then the whole ISO weeks of the days outside them, then the days left. */
    private static List<RollupPeriod> monthsWeeksAndDays(LocalDate from, LocalDate toExclusive) {
        LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = toExclusive.withDayOfMonth(1);
        List<RollupPeriod> periods = new ArrayList<>();
        if (monthsFrom.isBefore(monthsTo)) {
            for (LocalDate month = monthsFrom; month.isBefore(monthsTo); month = month.plusMonths(1)) {
                periods.add(new RollupPeriod("MONTH", month));
            }
            addWeeksAndDays(periods, from, monthsFrom);
            addWeeksAndDays(periods, monthsTo, toExclusive);
        } else {
            addWeeksAndDays(periods, from, toExclusive);
        }
        return periods;
    }

    private static void addWeeksAndDays(List<RollupPeriod> periods, LocalDate from, LocalDate toExclusive) {
        for (LocalDate day = from; day.isBefore(toExclusive); ) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY && !day.plusWeeks(1).isAfter(toExclusive)) {
                periods.add(new RollupPeriod("WEEK", day));
                day = day.plusWeeks(1);
            } else {
                periods.add(new RollupPeriod("DAY", day));
                day = day.plusDays(1);
            }
        }
    }

    private static Consumer<GroupFigures> toRows(Consumer<StatisticsRow> rows) {
        return figures -> rows.accept(row(figures));
    }

    private static StatisticsRow row(GroupFigures f) {
        Map<CallType, Long> byType = new EnumMap<>(CallType.class);
        CallType[] types = CallType.values();
        long calls = 0;
        for (int i = 0; i < types.length; i++) {
            if (f.callsByType()[i] != 0) {
                byType.put(types[i], f.callsByType()[i]);
                calls += f.callsByType()[i];
            }
        }
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Category[] categories = Category.values();
        for (int i = 0; i < categories.length; i++) {
            if (f.callsByCategory()[i] != 0) {
                byCategory.put(categories[i], f.callsByCategory()[i]);
            }
        }
        long consultations = byType.getOrDefault(CallType.CONSULTATION, 0L);
        return new StatisticsRow(f.code(), f.name(),
                calls, byType, byCategory,
                byType.getOrDefault(CallType.PRAISE, 0L), byType.getOrDefault(CallType.COMPLAINT, 0L),
                byType.getOrDefault(CallType.SUGGESTION, 0L),
                f.opened(), f.dispatched(), f.acceptedInTime(), f.resolved(), f.closed(), f.reopened(),
                f.overdue(), meanMinutes(f.acceptSeconds(), f.accepted()), minutes(f.p90MinutesToAccept()),
                meanMinutes(f.resolveSeconds(), f.resolved()), minutes(f.p90MinutesToResolve()),
                f.followedUp(), f.solved(), f.satisfied(),
                rate(f.acceptedInTime(), f.dispatched()), rate(f.solved(), f.followedUp()),
                rate(f.satisfied(), f.followedUp()),
                consultations, f.answeredOnCall(), rate(f.answeredOnCall(), consultations));
    }

    private static Double meanMinutes(double seconds, long tickets) {
        return tickets == 0 ? null : minutes(seconds / tickets / 60);
    }

    /** Minutes to a tenth. */
    private static Double minutes(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** A rate rounded to four decimals; null when the denominator is zero. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
