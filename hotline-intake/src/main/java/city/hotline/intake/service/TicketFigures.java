package city.hotline.intake.service;

/**
 * The ticket figures of one group over one period, before rounding. Minutes are null without tickets
 * to measure.
 */
record TicketFigures(
        long opened,
        long dispatched,
        long acceptedInTime,
        long resolved,
        long closed,
        long reopened,
        long overdue,
        Double meanMinutesToAccept,
        Double p90MinutesToAccept,
        Double meanMinutesToResolve,
        Double p90MinutesToResolve,
        long followUps,
        long solved,
        long satisfied) {

    static final TicketFigures NONE = new TicketFigures(0, 0, 0, 0, 0, 0, 0, null, null, null, null, 0, 0, 0);

    /** A row of {@code StatisticsRepository.ticketCounts}, whose first two columns are the group. */
    static TicketFigures ofExactRow(Object[] row) {
        return new TicketFigures(count(row[2]), count(row[3]), count(row[4]), count(row[5]), count(row[6]),
                count(row[7]), count(row[8]), minutes(row[9]), minutes(row[10]), minutes(row[11]), minutes(row[12]),
                count(row[13]), count(row[14]), count(row[15]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Double minutes(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
