package city.hotline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import city.hotline.infrastructure.KafkaBroker;
import city.hotline.infrastructure.LocalPorts;
import city.hotline.infrastructure.PostgresServer;

/**
 * Times the statistics API on a year of a big city: starts an ephemeral PostgreSQL and Kafka and
 * hotline-intake on them, fills the statistics tables with bench/statistics-volume.sql at the
 * given scale, then asks each query a few times and prints the best and the worst time.
 *
 * <pre>
 * ./mvnw -o -B -q package -DskipTests -pl hotline-intake,bench -am
 * java -cp 'bench/target/bench.jar:bench/target/lib/*' city.hotline.bench.StatisticsVolume [communities] [runs]
 * </pre>
 */
public final class StatisticsVolume {

    private static final String STREET = "990100001000";
    private static final String COMMUNITY = "990100000001";

    /** The queries timed: what analysts pull most, then the long ranges and the rankings. */
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        String week = "/api/stats?from=2025-11-24&to=2025-11-30";
        QUERIES.put("one community, one week", week + "&community=" + COMMUNITY);
        QUERIES.put("one street, one week", week + "&level=street&street=" + STREET);
        QUERIES.put("the city rolled up, one week", week + "&level=city");
        QUERIES.put("every community, one week", week);
        QUERIES.put("the city, one month", "/api/stats?from=2025-11-01&to=2025-11-30&level=city");
        QUERIES.put("every community, one month", "/api/stats?from=2025-11-01&to=2025-11-30");
        QUERIES.put("the city, the whole year", "/api/stats?from=2025-01-01&to=2025-12-31&level=city");
        QUERIES.put("districts by month, the whole year",
                "/api/stats?from=2025-01-01&to=2025-12-31&by=month&level=district");
        QUERIES.put("the city, 15 Jan - 20 Dec (days outside whole months)",
                "/api/stats?from=2025-01-15&to=2025-12-20&level=city");
        QUERIES.put("every street, the whole year", "/api/stats?from=2025-01-01&to=2025-12-31&level=street");
        QUERIES.put("every community, the whole year", "/api/stats?from=2025-01-01&to=2025-12-31");
        QUERIES.put("rankings of the communities, one month", "/api/stats/rankings?month=2025-11");
        QUERIES.put("rankings of the streets, one month", "/api/stats/rankings?month=2025-11&level=street");
        QUERIES.put("the city, the whole year, exact (every ticket)",
                "/api/stats?from=2025-01-01&to=2025-12-31&level=city&exact=true");
    }

    private StatisticsVolume() {
    }

    public static void main(String[] args) throws Exception {
        int communities = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("hotline-intake/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build hotline-intake first: ./mvnw -o -B -q package -DskipTests "
                    + "-pl hotline-intake,bench -am");
        }
        try (PostgresServer postgres = PostgresServer.ephemeral(); KafkaBroker kafka = KafkaBroker.ephemeral()) {
            int port = LocalPorts.free();
            Path logFile = root.resolve("bench/target/statistics-volume-intake.log");
            Process intake = startIntake(jar, root, port, postgres, kafka, logFile);
            try {
                String url = "http://localhost:" + port;
                awaitReady(url, intake, logFile);
                log("filling " + communities + " communities' year (bench/statistics-volume.sql)");
                long started = System.nanoTime();
                fill(postgres, root.resolve("bench/statistics-volume.sql"), communities);
                log("filled in " + seconds(System.nanoTime() - started) + " s; " + sizes(postgres));
                writeCost(postgres);
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                    time(http, url, query.getKey(), query.getValue(), runs);
                }
            } finally {
                intake.destroy();
                intake.waitFor();
            }
        }
    }

    private static Process startIntake(Path jar, Path root, int port, PostgresServer postgres, KafkaBroker kafka,
            Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .directory(root.resolve("hotline-intake").toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        return builder.start();
    }

    /** A bounded poll of the readiness check: the tool waits for a process it started, it is not a test. */
    private static void awaitReady(String url, Process intake, Path logFile) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!intake.isAlive()) {
                throw new IllegalStateException("hotline-intake exited; see " + logFile);
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("hotline-intake not ready within 5 minutes; see " + logFile);
    }

    private static void fill(PostgresServer postgres, Path script, int communities) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement()) {
            statement.execute("SET bench.communities = " + communities);
            statement.execute(Files.readString(script));
        }
    }

    /**
     * What the roll-up triggers add to a consumer's write: the same single-ticket updates (a
     * follow-up, as the consumer records it), each its own transaction, with the trigger and without.
     */
    private static void writeCost(PostgresServer postgres) throws SQLException {
        int updates = 2000;
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement();
             var update = connection.prepareStatement("""
                     UPDATE intake.ticket_fact SET followed_up_at = now(), solved = ?, satisfaction = 'SATISFIED'
                     WHERE ticket_id = ?""")) {
            for (boolean rolledUp : new boolean[] {true, false, true, false}) {
                statement.execute("ALTER TABLE intake.ticket_fact " + (rolledUp ? "ENABLE" : "DISABLE")
                        + " TRIGGER ticket_fact_rolled_up");
                long started = System.nanoTime();
                for (int i = 0; i < updates; i++) {
                    update.setBoolean(1, i % 2 == 0);
                    update.setString(2, "SYN" + (i * 7919L % 100_000));
                    update.executeUpdate();
                }
                System.out.printf("a ticket's follow-up recorded, %-28s %6.0f µs each (%,d updates)%n",
                        rolledUp ? "with the roll-up trigger:" : "without it:",
                        (System.nanoTime() - started) / 1e3 / updates, updates);
            }
            statement.execute("ALTER TABLE intake.ticket_fact ENABLE TRIGGER ticket_fact_rolled_up");
            statement.execute("SELECT intake.statistics_rollup_rebuild()");
        }
    }

    private static String sizes(PostgresServer postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement();
             var result = statement.executeQuery("""
                     SELECT (SELECT sum(calls) FROM intake.call_tally), (SELECT count(*) FROM intake.call_tally),
                            (SELECT count(*) FROM intake.ticket_fact), (SELECT count(*) FROM intake.ticket_rollup),
                            (SELECT count(*) FROM intake.ticket_duration_rollup),
                            (SELECT count(*) FROM intake.call_rollup),
                            pg_size_pretty(pg_database_size(current_database()))""")) {
            result.next();
            return "%,d calls in %,d tallies, %,d tickets; roll-ups: %,d ticket rows, %,d histogram rows, %,d call rows; "
                    .formatted(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
                            result.getLong(5), result.getLong(6))
                    + "database " + result.getString(7);
        }
    }

    private static void time(HttpClient http, String url, String what, String path, int runs) throws Exception {
        double best = Double.MAX_VALUE;
        double worst = 0;
        int bytes = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
            double elapsed = seconds(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            best = Math.min(best, elapsed);
            worst = Math.max(worst, elapsed);
            bytes = response.body().length();
        }
        System.out.printf("%-58s best %7.3f s  worst %7.3f s  (%,d chars)  %s%n", what, best, worst, bytes, path);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void log(String line) {
        System.out.println("[statistics-volume " + Instant.now() + "] " + line);
    }
}
