package city.hotline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import city.hotline.load.Database;

/**
 * The database's raw ceiling for the pipeline's kind of write: one row INSERTed and COMMITted per transaction, from
 * as many connections as a service's pool holds, each connection as fast as the server lets it.
 */
final class PostgresCeiling {

    private PostgresCeiling() {
    }

    /** Committed single-row transactions per second. */
    static double measure(Database database, int connections, int rowBytes, Duration duration) throws Exception {
        try (Connection setup = database.connect(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS bench");
            statement.execute("DROP TABLE IF EXISTS bench.ceiling");
            statement.execute("CREATE TABLE bench.ceiling (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "key VARCHAR(30) NOT NULL, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        String payload = "x".repeat(rowBytes);
        LongAdder committed = new LongAdder();
        ExecutorService writers = Executors.newFixedThreadPool(connections);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int c = 0; c < connections; c++) {
            int writer = c;
            done.add(writers.submit(() -> {
                try (Connection connection = database.connect();
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO bench.ceiling (key, payload) VALUES (?, ?)")) {
                    connection.setAutoCommit(false);
                    long n = 0;
                    while (System.nanoTime() < end) {
                        insert.setString(1, writer + "-" + n++);
                        insert.setString(2, payload);
                        insert.executeUpdate();
                        connection.commit();
                        committed.increment();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get();
        }
        double rate = committed.sum() / ((System.nanoTime() - start) / 1e9);
        writers.shutdown();
        try (Connection cleanup = database.connect(); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP SCHEMA bench CASCADE");
        }
        return rate;
    }
}
