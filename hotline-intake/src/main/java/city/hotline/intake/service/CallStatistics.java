package city.hotline.intake.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.intake.repository.StatisticsRollupRepository;
import city.hotline.intake.repository.StatisticsRollupRepository.Grain;
import city.hotline.web.InvalidInputException;

/**
 * Call statistics for analysts: calls by type and category, praise and complaint tallies,
 * tickets and the three rates the city ranks communities on, defined in docs/statistics.md.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CallStatistics {

    /** How a range is cut into periods. */
    public enum Granularity {
        DAY, WEEK, MONTH, TOTAL
    }

    /** A longer range by day would be an unreadable answer; months and weeks are there for it. */
    static final long MAX_DAYS = 400;

    private final StatisticsRepository facts;
    private final StatisticsRollupRepository rollups;

    CallStatistics(StatisticsRepository facts, StatisticsRollupRepository rollups) {
        this.facts = facts;
        this.rollups = rollups;
    }

    /**
     * @param exact read every ticket rather than the monthly roll-ups: the p90 exact rather than to
     *              the bucket, slower over long ranges; every other figure is the same either way
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
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case TOTAL -> LocalDate.MAX;
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The whole calendar months of a range are read from the monthly roll-ups, its other days from
     * the daily roll-ups (a community's from its facts, as no daily roll-up is kept per community);
     * a community's range with no whole month in it, or one asked to be exact, is read from the
     * facts entirely and its p90 is exact. See docs/statistics.md.
     */
    private StatisticsReport.Period period(LocalDate from, LocalDate to, StatisticsScope scope, boolean exact) {
        LocalDate toExclusive = to.plusDays(1);
        LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthsTo = toExclusive.withDayOfMonth(1);
        boolean wholeMonths = monthsFrom.isBefore(monthsTo);
        Map<String, Tally> byGroup = new LinkedHashMap<>();
        if (exact || (!wholeMonths && scope.readLevel() == StatisticsLevel.COMMUNITY)) {
            countCalls(byGroup, facts.callCounts(from, toExclusive, scope));
            for (Object[] row : facts.ticketCounts(from, toExclusive, scope)) {
                tally(byGroup, row).tickets = TicketFigures.ofExactRow(row);
            }
            return new StatisticsReport.Period(from, to, true, toRows(byGroup));
        }
        if (wholeMonths) {
            addRollups(byGroup, Grain.MONTH, monthsFrom, monthsTo, scope);
            addDays(byGroup, from, monthsFrom, scope);
            addDays(byGroup, monthsTo, toExclusive, scope);
        } else {
            addDays(byGroup, from, toExclusive, scope);
        }
        for (Object[] row : facts.unresolvedPastDeadline(from, toExclusive, scope)) {
            tally(byGroup, row).totals().unresolvedPastDeadline += ((Number) row[2]).longValue();
        }
        return new StatisticsReport.Period(from, to, false, toRows(byGroup));
    }

    private void addRollups(Map<String, Tally> byGroup, Grain grain, LocalDate from, LocalDate toExclusive,
            StatisticsScope scope) {
        countCalls(byGroup, rollups.callCounts(grain, from, toExclusive, scope));
        for (Object[] row : rollups.ticketTotals(grain, from, toExclusive, scope)) {
            tally(byGroup, row).totals().add(row);
        }
        for (Object[] row : rollups.ticketDurations(grain, from, toExclusive, scope)) {
            tally(byGroup, row).totals().addHistogram(row);
        }
    }

    /**
     * Days before the first or after the last whole month (or a range without one): from the
     * daily roll-ups, a community's from its facts, counted as the roll-ups count.
     */
    private void addDays(Map<String, Tally> byGroup, LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        if (!from.isBefore(toExclusive)) {
            return;
        }
        if (scope.readLevel() != StatisticsLevel.COMMUNITY) {
            addRollups(byGroup, Grain.DAY, from, toExclusive, scope);
            return;
        }
        countCalls(byGroup, facts.callCounts(from, toExclusive, scope));
        for (Object[] row : facts.ticketTotals(from, toExclusive, scope)) {
            tally(byGroup, row).totals().add(row);
        }
        for (Object[] row : facts.ticketDurations(from, toExclusive, scope)) {
            tally(byGroup, row).totals().addDurations(row);
        }
    }

    private static void countCalls(Map<String, Tally> byGroup, List<Object[]> rows) {
        for (Object[] row : rows) {
            long calls = ((Number) row[4]).longValue();
            if (calls == 0) {
                continue; // the labels a reclassified call was taken from (docs/statistics.md)
            }
            Tally tally = tally(byGroup, row);
            tally.byType.merge(CallType.valueOf((String) row[2]), calls, Long::sum);
            tally.byCategory.merge(Category.valueOf((String) row[3]), calls, Long::sum);
            tally.answeredOnCall += ((Number) row[5]).longValue();
        }
    }

    private static Tally tally(Map<String, Tally> byGroup, Object[] row) {
        return byGroup.computeIfAbsent((String) row[0], code -> new Tally(code, (String) row[1]));
    }

    private static List<StatisticsRow> toRows(Map<String, Tally> byGroup) {
        return byGroup.values().stream()
                .map(Tally::toRow)
                .sorted(Comparator.comparing(StatisticsRow::code))
                .toList();
    }

    /** What the queries say of one group. */
    private static final class Tally {
        final String code;
        final String name;
        final Map<CallType, Long> byType = new EnumMap<>(CallType.class);
        final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        long answeredOnCall;
        TicketFigures tickets = TicketFigures.NONE;
        TicketTotals totals;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        TicketTotals totals() {
            if (totals == null) {
                totals = new TicketTotals();
            }
            return totals;
        }

        StatisticsRow toRow() {
            TicketFigures t = totals == null ? tickets : totals.figures();
            long consultations = byType.getOrDefault(CallType.CONSULTATION, 0L);
            return new StatisticsRow(code, name,
                    byType.values().stream().mapToLong(Long::longValue).sum(), byType, byCategory,
                    byType.getOrDefault(CallType.PRAISE, 0L), byType.getOrDefault(CallType.COMPLAINT, 0L),
                    byType.getOrDefault(CallType.SUGGESTION, 0L),
                    t.opened(), t.dispatched(), t.acceptedInTime(), t.resolved(), t.closed(), t.reopened(),
                    t.overdue(), minutes(t.meanMinutesToAccept()), minutes(t.p90MinutesToAccept()),
                    minutes(t.meanMinutesToResolve()), minutes(t.p90MinutesToResolve()),
                    t.followUps(), t.solved(), t.satisfied(),
                    rate(t.acceptedInTime(), t.dispatched()), rate(t.solved(), t.followUps()),
                    rate(t.satisfied(), t.followUps()),
                    consultations, answeredOnCall, rate(answeredOnCall, consultations));
        }

        private static Double minutes(Double value) {
            return value == null ? null : Math.round(value * 10) / 10.0;
        }
    }

    /** A rate rounded to four decimals; null when the denominator is zero. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
