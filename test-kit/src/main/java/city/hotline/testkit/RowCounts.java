package city.hotline.testkit;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The number of rows in each table of a service's schema, to tell whether a refused request stored anything.
 * Flyway's history and the consumers' record of processed events are left out: they change with the migrations
 * and the events of other tests, never with a request. So are intake's statistics roll-ups and their marks: a
 * background fold derives them from the facts (counted here) up to a second after the facts change.
 */
final class RowCounts {

    private static final List<String> LEFT_OUT = List.of("flyway_schema_history", "processed_event",
            "community_statistics", "street_statistics", "statistics_change");

    private static final Duration QUIET_WAIT = Duration.ofSeconds(30);

    private final DataSource database;
    private String query;

    RowCounts(DataSource database) {
        this.database = database;
    }

    Map<String, Long> count() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                query = countingQuery(statement);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("the rows of the service's tables could not be counted", e);
        }
    }

    /** The counts once they stay the same for a while: once the consumers have caught up with their events. */
    Map<String, Long> awaitQuiet() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(count());
        await().atMost(QUIET_WAIT).pollDelay(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(100))
                .until(() -> last.getAndSet(count()).equals(last.get()));
        return last.get();
    }

    /** The tables that have more rows {@code after} than {@code before}, with how many more. */
    static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, rows) -> {
            long added = rows - before.getOrDefault(table, 0L);
            if (added > 0) {
                grown.put(table, added);
            }
        });
        return grown;
    }

    private static String countingQuery(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (result.next()) {
                if (!LEFT_OUT.contains(result.getString(1))) {
                    tables.add(result.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("the service's schema has no tables to count");
        }
        return tables.stream()
                .map(table -> "SELECT '" + table + "', count(*) FROM \"" + table + "\"")
                .collect(Collectors.joining(" UNION ALL "));
    }
}
