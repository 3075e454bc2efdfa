package city.hotline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import city.hotline.load.Database;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.stack.Service;
import city.hotline.stack.Stack;
import city.hotline.stack.StackOptions;

/**
 * Times the statistics API on a year of a big city: starts an ephemeral stack, loads intake's
 * statistics facts with bench/statistics-volume.sql at the given scale, rebuilds the roll-ups with
 * intake's command, then asks each query a few times, as an analyst, and prints the best and the
 * worst time.
 *
 * <pre>
 * ./mvnw -o -B -q package -DskipTests -pl hotline-intake,dispatch-service,resident-registry,notification-service,bench -am
 * java -cp 'bench/target/bench.jar:bench/target/lib/*' city.hotline.bench.StatisticsVolume [communities] [runs] [calls per community]
 * </pre>
 * Calls per community default to 8,300 (bench/statistics-volume.sql); Beijing's 25 million calls
 * over about 7,000 communities are {@code 7000 3 3600}.
 * <p>
 * With {@code --interactive} it times nothing by itself once the data is loaded, but reads commands
 * from its standard input, so that a change to intake's read path can be measured again and again on
 * the same data (a fill takes minutes): {@code time <what>} times the queries whose name or path
 * contains the text ({@code time every community}; {@code time all}), {@code restart} restarts intake
 * with its current build (after {@code ./mvnw -o -q package -DskipTests -pl hotline-intake}), {@code quit}
 * (or the end of the input) stops the stack. Intake's process id is printed, for {@code jcmd <pid>
 * JFR.start}, and the database's address, for psql. {@code save <directory>} writes every query's answer
 * (but the exact year's), as JSON and as CSV, to files in the directory, so that two builds' answers on the
 * same data can be compared byte for byte ({@code cmp}, {@code diff -r}); {@code rebuild} rebuilds the
 * roll-ups again with intake's current build.
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
        QUERIES.put("every community, one week (/weekly)", "/api/stats/weekly?week=2025-W48");
        QUERIES.put("every community, one week by day", week + "&by=day");
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
        QUERIES.put("trends of every street, one week", "/api/stats/trends?week=2025-W48");
        QUERIES.put("trends of one district, one week", "/api/stats/trends?week=2025-W48&district=990100000000");
        QUERIES.put("the praise board of the city, one week", "/api/praise/board?from=2025-11-24&to=2025-11-30");
        QUERIES.put("the city, the whole year, exact (every ticket)",
                "/api/stats?from=2025-01-01&to=2025-12-31&level=city&exact=true");
    }

    private StatisticsVolume() {
    }

    public static void main(String[] args) throws Exception {
        boolean interactive = List.of(args).contains("--interactive");
        args = Stream.of(args).filter(arg -> !arg.equals("--interactive")).toArray(String[]::new);
        int communities = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Integer callsPerCommunity = args.length > 2 ? Integer.valueOf(args[2]) : null;
        Path root = Path.of("").toAbsolutePath();
        try (Stack stack = Stack.start(StackOptions.ephemeral(root)
                .withLogDirectory(root.resolve("bench/target/statistics-volume-logs")))) {
            Database database = new Database(stack.jdbcUrl(), stack.databaseUsername(), stack.databasePassword());
            log("filling " + communities + " communities' year (bench/statistics-volume.sql)");
            long started = System.nanoTime();
            fill(database, root.resolve("bench/statistics-volume.sql"), communities, callsPerCommunity);
            log("facts loaded in " + seconds(System.nanoTime() - started) + " s");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String intake = stack.url(Service.HOTLINE_INTAKE);
            long rebuilding = System.nanoTime();
            String rebuilt = rebuild(http, intake, "Bearer " + stack.token(Grant.of(Role.ADMIN)));
            log("roll-ups rebuilt (POST /api/stats/rebuild) in " + seconds(System.nanoTime() - rebuilding) + " s: "
                    + rebuilt);
            log("filled in " + seconds(System.nanoTime() - started) + " s; " + sizes(database));
            writeCost(database);
            String analyst = "Bearer " + stack.token(Grant.of(Role.ANALYST));
            log("hotline-intake's resident memory before the queries: " + intakeMemory(stack)
                    + "; load average " + MachineLoad.now().loadAverage());
            if (interactive) {
                interact(stack, http, analyst, runs);
            } else {
                for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                    time(http, intake, analyst, query.getKey(), query.getValue(), runs);
                }
            }
            log("hotline-intake's resident memory after the queries: " + intakeMemory(stack)
                    + "; load average " + MachineLoad.now().loadAverage());
        }
    }

    private static void interact(Stack stack, HttpClient http, String analyst, int runs) throws Exception {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        log("intake (pid " + intakeProcess(stack).map(ProcessHandle::pid).orElse(-1L) + ", "
                + stack.url(Service.HOTLINE_INTAKE) + "; database " + stack.jdbcUrl() + ") waits for commands: "
                + "time <what>|all, save <directory>, rebuild, restart, quit");
        for (String line = input.readLine(); line != null && !line.strip().equals("quit"); line = input.readLine()) {
            String command = line.strip();
            if (command.equals("restart")) {
                stack.stop(Service.HOTLINE_INTAKE);
                stack.restart(Service.HOTLINE_INTAKE);
                log("intake restarted (pid " + intakeProcess(stack).map(ProcessHandle::pid).orElse(-1L) + ")");
            } else if (command.startsWith("time ")) {
                String what = command.substring("time ".length()).strip();
                log("load average " + MachineLoad.now().loadAverage());
                for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                    if (what.equals("all") || query.getKey().contains(what) || query.getValue().contains(what)) {
                        time(http, stack.url(Service.HOTLINE_INTAKE), analyst, query.getKey(), query.getValue(), runs);
                    }
                }
                log("load average " + MachineLoad.now().loadAverage());
            } else if (command.equals("rebuild")) {
                long started = System.nanoTime();
                String rebuilt = rebuild(http, stack.url(Service.HOTLINE_INTAKE),
                        "Bearer " + stack.token(Grant.of(Role.ADMIN)));
                log("roll-ups rebuilt in " + seconds(System.nanoTime() - started) + " s: " + rebuilt);
            } else if (command.startsWith("save ")) {
                Path directory = Files.createDirectories(Path.of(command.substring("save ".length()).strip()));
                save(http, stack.url(Service.HOTLINE_INTAKE), analyst, directory);
                log("answers saved in " + directory.toAbsolutePath());
            } else if (!command.isEmpty()) {
                log("not a command: " + command);
            }
        }
    }

    /**
     * Every query's answer as JSON and as CSV, each in a file named after the query (the exact year, a
     * minute's read of every ticket, left out): what a change to the read path must leave as it was.
     */
    private static void save(HttpClient http, String url, String authorization, Path directory) throws Exception {
        int saved = 0;
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            if (query.getValue().contains("exact=true")) {
                continue;
            }
            String name = query.getKey().replaceAll("[^A-Za-z0-9]+", "-");
            for (String type : List.of("application/json", "text/csv")) {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url + query.getValue()))
                        .header("Authorization", authorization).header("Accept", type)
                        .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(query.getValue() + " answered " + response.statusCode());
                }
                Files.write(directory.resolve(name + (type.equals("text/csv") ? ".csv" : ".json")), response.body());
                saved++;
            }
        }
        log(saved + " answers written");
    }

    private static Optional<ProcessHandle> intakeProcess(Stack stack) {
        return stack.externalProcesses().stream()
                .filter(process -> process.info().commandLine().orElse("").contains("hotline-intake/target"))
                .findFirst();
    }

    /** The resident set of intake's JVM, from /proc (Linux). */
    /** Starts intake's rebuild and polls its state until it has ended; answers its final state. */
    private static String rebuild(HttpClient http, String intake, String authorization)
            throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(intake + "/api/stats/rebuild"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the rebuild did not start: " + started.statusCode() + " " + started.body());
        }
        URI status = URI.create(intake).resolve(started.headers().firstValue("Location").orElseThrow());
        while (true) {
            HttpResponse<String> state = http.send(HttpRequest.newBuilder(status)
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (!state.body().contains("\"state\":\"running\"")) {
                return state.body();
            }
            TimeUnit.SECONDS.sleep(5); // a rebuild at this volume takes minutes: its state is asked for now and then
        }
    }

    private static String intakeMemory(Stack stack) throws IOException {
        Optional<ProcessHandle> intake = intakeProcess(stack);
        if (intake.isPresent()) {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(intake.get().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return line.substring("VmRSS:".length()).strip();
                }
            }
        }
        return "unknown";
    }

    private static void fill(Database database, Path script, int communities, Integer callsPerCommunity)
            throws IOException, SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET bench.communities = " + communities);
            if (callsPerCommunity != null) {
                statement.execute("SET bench.calls_per_community = " + callsPerCommunity);
            }
            statement.execute(Files.readString(script));
        }
    }

    /**
     * What statistics add to a consumer's write: the same single-ticket updates (a follow-up, as the
     * consumer records it), each its own transaction, with the trigger that marks the community's day
     * for the fold and without it. The marks left are folded by intake meanwhile.
     */
    private static void writeCost(Database database) throws SQLException {
        int updates = 2000;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var update = connection.prepareStatement("""
                     UPDATE intake.ticket_fact SET followed_up_at = now(), solved = ?, satisfaction = 'SATISFIED'
                     WHERE ticket_id = ?""")) {
            for (boolean marked : new boolean[] {true, false, true, false}) {
                statement.execute("ALTER TABLE intake.ticket_fact " + (marked ? "ENABLE" : "DISABLE")
                        + " TRIGGER ticket_fact_change_marked");
                long started = System.nanoTime();
                for (int i = 0; i < updates; i++) {
                    update.setBoolean(1, i % 2 == 0);
                    update.setString(2, "SYN" + (i * 7919L % 100_000));
                    update.executeUpdate();
                }
                System.out.printf("a ticket's follow-up recorded, %-28s %6.0f µs each (%,d updates)%n",
                        marked ? "marked for the fold:" : "without the mark:",
                        (System.nanoTime() - started) / 1e3 / updates, updates);
            }
            statement.execute("ALTER TABLE intake.ticket_fact ENABLE TRIGGER ticket_fact_change_marked");
            // The unmarked updates' days, marked now so the fold brings their roll-ups up to them.
            statement.execute("""
                    INSERT INTO intake.statistics_change (community_code, day, changed)
                    SELECT DISTINCT community_code, day, nextval('intake.statistics_change_sequence')
                    FROM intake.ticket_fact WHERE ticket_id IN (SELECT 'SYN' || (i * 7919 %% 100000)
                                                               FROM generate_series(0, %d) AS i)
                    ON CONFLICT (community_code, day) DO UPDATE SET changed = excluded.changed
                    """.formatted(updates - 1));
        }
    }

    private static String sizes(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("""
                     SELECT (SELECT sum(calls) FROM intake.call_tally), (SELECT count(*) FROM intake.call_tally),
                            (SELECT count(*) FROM intake.ticket_fact),
                            (SELECT count(*) FILTER (WHERE grain = 'DAY') FROM intake.community_statistics),
                            (SELECT count(*) FILTER (WHERE grain = 'WEEK') FROM intake.community_statistics),
                            (SELECT count(*) FILTER (WHERE grain = 'MONTH') FROM intake.community_statistics),
                            (SELECT count(*) FILTER (WHERE grain = 'YEAR') FROM intake.community_statistics),
                            (SELECT count(DISTINCT community_code) FROM intake.call_tally),
                            pg_size_pretty(pg_total_relation_size('intake.community_statistics')),
                            pg_size_pretty(pg_database_size(current_database()))""")) {
            result.next();
            return ("%,d calls in %,d tallies (%,.0f a community with calls), %,d tickets; community roll-ups: %,d days, "
                    + "%,d weeks, %,d months, %,d years (%s); ").formatted(result.getLong(1), result.getLong(2),
                            result.getLong(1) / Math.max(1.0, result.getLong(8)), result.getLong(3), result.getLong(4),
                            result.getLong(5), result.getLong(6), result.getLong(7), result.getString(9))
                    + "database " + result.getString(10);
        }
    }

    private static void time(HttpClient http, String url, String authorization, String what, String path, int runs)
            throws Exception {
        double best = Double.MAX_VALUE;
        double worst = 0;
        int bytes = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Authorization", authorization)
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
