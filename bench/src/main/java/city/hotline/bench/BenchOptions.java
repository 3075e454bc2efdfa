package city.hotline.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What one benchmark run does: the offered rate and how long it is held, how many communities the calls are spread
 * over, and which stack it runs against (an ephemeral one it starts, or given URLs).
 *
 * @param rate             calls per second offered, whatever the answers
 * @param duration         how long the rate is held once the warm-up is over
 * @param communities      how many generated communities are registered and called into
 * @param poolSize         connections per service pool, and of the PostgreSQL ceiling (Agroal's default is 20)
 * @param connections      keep-alive connections the calls are sent over; a call finding all busy waits for one
 * @param ceilingDuration  how long each raw ceiling is measured
 * @param intakeUrl        given stack: the intake's base URL; empty to start an ephemeral stack
 * @param token            given stack: an administrator's bearer token for it (./hotline token --role admin)
 */
record BenchOptions(double rate, Duration duration, int communities, int poolSize, int connections,
        Duration ceilingDuration, Path projectRoot, Path resultDirectory, Optional<String> intakeUrl,
        Optional<String> registryUrl, Optional<String> kafkaBootstrapServers, Optional<String> jdbcUrl, String databaseUsername,
        String databasePassword, Optional<String> token) {

    static final String USAGE = """
            PipelineBenchmark [--rate CALLS_PER_S] [--duration 60s] [--communities 2000] [--pool-size 20]
                              [--connections 64] [--ceiling-duration 10s] [--project-root DIR] [--results DIR]
                              [--intake URL --registry URL --kafka HOST:PORT --jdbc URL --db-user U --db-password P
                               --token ADMIN_TOKEN]
            Without --intake, starts an ephemeral stack from the project root (services built with package).""";

    static BenchOptions parse(String[] args) {
        double rate = 100;
        Duration duration = Duration.ofSeconds(60);
        int communities = 2000;
        int poolSize = 20;
        int connections = 64;
        Duration ceilingDuration = Duration.ofSeconds(10);
        Path root = Path.of("").toAbsolutePath();
        Path results = null;
        String intake = null;
        String registry = null;
        String kafka = null;
        String jdbc = null;
        String user = "postgres";
        String password = "postgres";
        String token = null;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--rate" -> rate = Double.parseDouble(value);
                case "--duration" -> duration = duration(value);
                case "--communities" -> communities = Integer.parseInt(value);
                case "--pool-size" -> poolSize = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--ceiling-duration" -> ceilingDuration = duration(value);
                case "--project-root" -> root = Path.of(value).toAbsolutePath();
                case "--results" -> results = Path.of(value).toAbsolutePath();
                case "--intake" -> intake = value;
                case "--registry" -> registry = value;
                case "--kafka" -> kafka = value;
                case "--jdbc" -> jdbc = value;
                case "--db-user" -> user = value;
                case "--db-password" -> password = value;
                case "--token" -> token = value;
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }
        if (intake != null && (registry == null || kafka == null || jdbc == null || token == null)) {
            throw new IllegalArgumentException("--intake needs --registry, --kafka, --jdbc and --token too\n" + USAGE);
        }
        return new BenchOptions(rate, duration, communities, poolSize, connections, ceilingDuration, root,
                results != null ? results : root.resolve("bench/target/results"), Optional.ofNullable(intake),
                Optional.ofNullable(registry), Optional.ofNullable(kafka), Optional.ofNullable(jdbc), user, password,
                Optional.ofNullable(token));
    }

    /** {@code 90s}, {@code 5m} or ISO-8601 ({@code PT5M}). */
    private static Duration duration(String value) {
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.parse(value);
    }
}
