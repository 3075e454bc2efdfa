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

    private final StatisticsRepository repository;

    CallStatistics(StatisticsRepository repository) {
        this.repository = repository;
    }

    public StatisticsReport report(LocalDate from, LocalDate to, Granularity by, StatisticsScope scope) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS && by == Granularity.DAY) {
            throw new InvalidInputException("by", "a range longer than " + MAX_DAYS + " days is given by week or month");
        }
        List<StatisticsReport.Period> periods = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); ) {
            LocalDate end = min(periodEnd(start, by), to);
            periods.add(new StatisticsReport.Period(start, end, rows(start, end.plusDays(1), scope)));
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

    private List<StatisticsRow> rows(LocalDate from, LocalDate toExclusive, StatisticsScope scope) {
        Map<String, Tally> byGroup = new LinkedHashMap<>();
        for (Object[] row : repository.callCounts(from, toExclusive, scope)) {
            Tally tally = byGroup.computeIfAbsent((String) row[0], code -> new Tally(code, (String) row[1]));
            long calls = ((Number) row[4]).longValue();
            tally.byType.merge(CallType.valueOf((String) row[2]), calls, Long::sum);
            tally.byCategory.merge(Category.valueOf((String) row[3]), calls, Long::sum);
        }
        for (Object[] row : repository.ticketCounts(from, toExclusive, scope)) {
            byGroup.computeIfAbsent((String) row[0], code -> new Tally(code, (String) row[1])).tickets = row;
        }
        return byGroup.values().stream()
                .map(Tally::toRow)
                .sorted(Comparator.comparing(StatisticsRow::code))
                .toList();
    }

    /** What the two queries say of one group. */
    private static final class Tally {
        final String code;
        final String name;
        final Map<CallType, Long> byType = new EnumMap<>(CallType.class);
        final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Object[] tickets;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        StatisticsRow toRow() {
            long dispatched = count(3);
            long acceptedInTime = count(4);
            long followUps = count(13);
            long solved = count(14);
            long satisfied = count(15);
            return new StatisticsRow(code, name,
                    byType.values().stream().mapToLong(Long::longValue).sum(), byType, byCategory,
                    byType.getOrDefault(CallType.PRAISE, 0L), byType.getOrDefault(CallType.COMPLAINT, 0L),
                    byType.getOrDefault(CallType.SUGGESTION, 0L),
                    count(2), dispatched, acceptedInTime, count(5), count(6), count(7), count(8),
                    minutes(9), minutes(10), minutes(11), minutes(12),
                    followUps, solved, satisfied,
                    rate(acceptedInTime, dispatched), rate(solved, followUps), rate(satisfied, followUps));
        }

        private long count(int column) {
            return tickets == null ? 0 : ((Number) tickets[column]).longValue();
        }

        private Double minutes(int column) {
            return tickets == null || tickets[column] == null ? null
                    : Math.round(((Number) tickets[column]).doubleValue() * 10) / 10.0;
        }

        private static Double rate(long part, long whole) {
            return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
        }
    }
}
