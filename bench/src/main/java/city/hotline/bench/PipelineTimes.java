package city.hotline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import city.hotline.load.Database;

/**
 * How long the calls of a run took to become assigned tickets and worker notifications, read from the timestamps the
 * services stored: the call's receipt (intake.call.received_at, which the benchmark sets to the moment the call was
 * scheduled), the ticket's ASSIGNED step (dispatch.ticket_step.at) and the first notification about the ticket
 * (notification.notification.created_at). All processes share the machine's clock.
 */
final class PipelineTimes {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(30);

    /**
     * What became of the calls of a run, read from intake's calls and tickets: how many opened a ticket, joined
     * another caller's open ticket of the same matter, or needed none (praise, suggestions, consultations answered on
     * the call); how far the tickets they opened got; and the events the services have stored but not yet published
     * (a relay waiting for a community's dispatch topic to be created holds back the events behind it).
     */
    record Progress(long calls, long opened, long joined, long withoutTicket, long assigned, long notified,
            long unpublished) {

        boolean complete() {
            return assigned == opened && notified == opened && unpublished == 0;
        }

        /** For the JSON: the counts, and each outcome's share of the calls stored. */
        Map<String, Object> figures() {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("calls_stored", calls);
            figures.put("calls_opening_a_ticket", opened);
            figures.put("calls_joining_an_open_ticket", joined);
            figures.put("calls_without_ticket", withoutTicket);
            figures.put("share_opening_a_ticket", share(opened));
            figures.put("share_joining_an_open_ticket", share(joined));
            figures.put("share_without_ticket", share(withoutTicket));
            figures.put("tickets_opened", opened);
            figures.put("tickets_assigned", assigned);
            figures.put("tickets_notified", notified);
            return figures;
        }

        /** One line for people: what the calls stored did, then how far the tickets they opened got. */
        String text() {
            return "Calls stored %d: %d opened a ticket (%.1f %%), %d joined an open one (%.1f %%), %d opened none (%.1f %%); %d tickets opened, %d assigned, %d notified"
                    .formatted(calls, opened, 100 * share(opened), joined, 100 * share(joined), withoutTicket,
                            100 * share(withoutTicket), opened, assigned, notified);
        }

        private double share(long count) {
            return calls == 0 ? 0 : Math.round(count * 1000.0 / calls) / 1000.0;
        }
    }

    /**
     * How many of {@code communities} both intake (to take their calls and tell their buildings apart) and dispatch (to
     * route their tickets to a worker) have learned from the registry's events. The intake learns a community's
     * buildings from its worker's event, all at once: a call naming a building it has not learned yet would open a
     * ticket of its own, and a second caller's could not join it.
     */
    long communitiesKnown(List<String> communities) throws SQLException {
        String sql = """
                SELECT count(*) FROM intake.community_view i
                WHERE i.code = ANY(?)
                  AND EXISTS (SELECT 1 FROM intake.place_name p WHERE p.community_code = i.code AND p.building <> '')
                  AND EXISTS (SELECT 1 FROM dispatch.worker_view w WHERE w.community_code = i.code)""";
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", communities.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Latency in microseconds to each stage, and the mix the classifier made of the run's calls. */
    record Latencies(Histogram toAssigned, Histogram toNotified, Map<String, Long> mix) {
    }

    private final Database database;

    PipelineTimes(Database database) {
        this.database = database;
    }

    Progress progress(Instant from) throws SQLException {
        // A call opened the ticket it has when the ticket names it as its call; otherwise it joined that ticket.
        String sql = """
                SELECT count(*),
                       count(t.ticket_id),
                       count(*) FILTER (WHERE c.ticket_id IS NOT NULL AND t.ticket_id IS NULL),
                       count(*) FILTER (WHERE c.ticket_id IS NULL),
                       count(t.ticket_id) FILTER (WHERE EXISTS (SELECT 1 FROM dispatch.ticket_step s
                                                  WHERE s.ticket_id = t.ticket_id AND s.action = 'ASSIGNED')),
                       count(t.ticket_id) FILTER (WHERE EXISTS (SELECT 1 FROM notification.notification n
                                                  WHERE n.ticket_id = t.ticket_id)),
                       (SELECT count(*) FROM intake.outbox_event) + (SELECT count(*) FROM dispatch.outbox_event)
                           + (SELECT count(*) FROM notification.outbox_event)
                FROM intake.call c
                LEFT JOIN intake.ticket t ON t.ticket_id = c.ticket_id AND t.call_id = c.id
                WHERE c.received_at >= ?""";
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, java.sql.Timestamp.from(from));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Progress(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7));
            }
        }
    }

    /**
     * From each call that opened a ticket to the ticket's assignment and first notification. A call about a matter
     * whose ticket is already open joins that ticket, assigned before the call came: it is not timed.
     */
    Latencies latencies(Instant from) throws SQLException {
        Histogram toAssigned = new Histogram(HIGHEST_MICROS, 3);
        Histogram toNotified = new Histogram(HIGHEST_MICROS, 3);
        String sql = """
                SELECT EXTRACT(EPOCH FROM (a.at - c.received_at)) * 1e6,
                       EXTRACT(EPOCH FROM (n.created_at - c.received_at)) * 1e6
                FROM intake.call c
                JOIN intake.ticket t ON t.ticket_id = c.ticket_id AND t.call_id = c.id
                JOIN LATERAL (SELECT min(s.at) AS at FROM dispatch.ticket_step s
                              WHERE s.ticket_id = c.ticket_id AND s.action = 'ASSIGNED') a ON true
                JOIN LATERAL (SELECT min(x.created_at) AS created_at FROM notification.notification x
                              WHERE x.ticket_id = c.ticket_id) n ON true
                WHERE c.received_at >= ? AND c.ticket_id IS NOT NULL""";
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, java.sql.Timestamp.from(from));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    record(toAssigned, row.getObject(1) == null ? null : row.getDouble(1));
                    record(toNotified, row.getObject(2) == null ? null : row.getDouble(2));
                }
            }
        }
        return new Latencies(toAssigned, toNotified, mix(from));
    }

    private static void record(Histogram histogram, Double micros) {
        if (micros != null) {
            histogram.recordValue(Math.max(0, Math.min(HIGHEST_MICROS, Math.round(micros))));
        }
    }

    private Map<String, Long> mix(Instant from) throws SQLException {
        Map<String, Long> mix = new LinkedHashMap<>();
        String sql = "SELECT type || '/' || urgency, count(*) FROM intake.call WHERE received_at >= ? "
                + "GROUP BY 1 ORDER BY 2 DESC";
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, java.sql.Timestamp.from(from));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    mix.put(row.getString(1), row.getLong(2));
                }
            }
        }
        return mix;
    }
}
