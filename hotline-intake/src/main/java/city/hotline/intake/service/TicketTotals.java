package city.hotline.intake.service;

import java.math.BigDecimal;

/**
 * What a group's tickets add up to over months read from the roll-ups and days read from the
 * facts: counts and summed durations, from which means, rates and a bucketed p90 follow.
 */
final class TicketTotals {

    long opened;
    long dispatched;
    long acceptedInTime;
    long accepted;
    BigDecimal acceptSeconds = BigDecimal.ZERO;
    long resolved;
    BigDecimal resolveSeconds = BigDecimal.ZERO;
    long resolvedLate;
    long unresolvedPastDeadline;
    long closed;
    long reopened;
    long followUps;
    long solved;
    long satisfied;
    final DurationHistogram toAccept = new DurationHistogram();
    final DurationHistogram toResolve = new DurationHistogram();

    /** Adds a row of the repositories' ticketTotals queries, whose first two columns are the group. */
    void add(Object[] row) {
        opened += count(row[2]);
        dispatched += count(row[3]);
        acceptedInTime += count(row[4]);
        accepted += count(row[5]);
        acceptSeconds = acceptSeconds.add(seconds(row[6]));
        resolved += count(row[7]);
        resolveSeconds = resolveSeconds.add(seconds(row[8]));
        resolvedLate += count(row[9]);
        closed += count(row[10]);
        reopened += count(row[11]);
        followUps += count(row[12]);
        solved += count(row[13]);
        satisfied += count(row[14]);
    }

    /** Adds a row of the facts' ticketDurations query: group, measure, bucket, tickets. */
    void addDurations(Object[] row) {
        histogram(row).add(((Number) row[3]).intValue(), count(row[4]));
    }

    /** Adds a row of the roll-ups' ticketDurations query: group, measure, the bucket counts comma-separated. */
    void addHistogram(Object[] row) {
        histogram(row).addAll((String) row[3]);
    }

    private DurationHistogram histogram(Object[] row) {
        return "ACCEPT".equals(row[2]) ? toAccept : toResolve;
    }

    TicketFigures figures() {
        return new TicketFigures(opened, dispatched, acceptedInTime, resolved, closed, reopened,
                resolvedLate + unresolvedPastDeadline, meanMinutes(acceptSeconds, accepted), toAccept.p90(),
                meanMinutes(resolveSeconds, resolved), toResolve.p90(), followUps, solved, satisfied);
    }

    private static Double meanMinutes(BigDecimal seconds, long tickets) {
        return tickets == 0 ? null : seconds.doubleValue() / tickets / 60;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal seconds(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
