package city.hotline.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import city.hotline.load.CallMix;

/**
 * What one benchmark run does: the offered rate and how long it is held, how many communities the calls are spread
 * over, and which stack it runs against (an ephemeral one it starts, or given URLs).
 *
 * @param rates            calls per second offered, whatever the answers: one rate, or the steps of a search for the
 *                         highest rate the stack sustains, in the order given
 * @param duration         how long each rate is held once the warm-up is over
 * @param warmUp           how long calls are offered at {@code warmUpRate} after the pass of one call per community,
 *                         so that the services' JIT compilers have settled before anything is measured
 * @param warmUpRate       calls per second of that warm-up
 * @param sampleInterval   how often each process's CPU and resident memory are read into the run's time series
 * @param communities      how many generated communities are registered and called into
 * @param repeatShare      share of the calls about a matter another caller reported a little earlier, which join its
 *                         open ticket; the others are about new matters
 * @param poolSize         connections per service pool, and of the PostgreSQL ceiling (Agroal's default is 20)
 * @param connections      keep-alive connections the calls are sent over; a call finding all busy waits for one
 * @param ceilingDuration  how long each raw ceiling is measured
 * @param intakeUrl        given stack: the intake's base URL; empty to start an ephemeral stack
 * @param token            given stack: an administrator's bearer token for it (./hotline token --role admin)
 */
record BenchOptions(List<Double> rates, Duration duration, Duration warmUp, double warmUpRate,
        Duration sampleInterval, int communities, double repeatShare, int poolSize, int connections,
        Duration ceilingDuration, Path projectRoot, Path resultDirectory, Optional<String> intakeUrl,
        Optional<String> registryUrl, Optional<String> kafkaBootstrapServers, Optional<String> jdbcUrl, String databaseUsername,
        String databasePassword, Optional<String> token) {

    static final String USAGE = """
            PipelineBenchmark [--rate CALLS_PER_S | --rates 20,40,60] [--duration 60s] [--warm-up 10m]
                              [--warm-up-rate 20] [--sample-every 10s] [--communities 2000] [--repeat-share 0.08]
                              [--pool-size 20]
                              [--connections 64] [--ceiling-duration 10s] [--project-root DIR] [--results DIR]
                              [--intake URL --registry URL --kafka HOST:PORT --jdbc URL --db-user U --db-password P
                               --token ADMIN_TOKEN]
            Without --intake, starts an ephemeral stack from the project root (services built with package).""";

    /**
     * How long the services' C2 compilers took to settle under 15–20 calls/s on the shared two-core machine (their
     * threads used 28–38 % of each service's CPU in the sixth minute of load, 13–16 % in the ninth): see
     * docs/performance.md, "Warm JVMs and the sustained rate".
     */
    static final Duration DEFAULT_WARM_UP = Duration.ofMinutes(10);
    /** At most the lowest rate measured: a warm-up that overloads the stack only delays the measurement. */
    static final double DEFAULT_WARM_UP_RATE = 20;

    /** Stepped: more than one rate, each held for the duration, drained before the next. */
    boolean stepped() {
        return rates.size() > 1;
    }

    /** Calls of the warm-up at its rate, after the pass of one call per community. */
    long warmUpCalls() {
        return Math.round(warmUpRate * warmUp.toNanos() / 1e9);
    }

    /** Calls of a step at the given rate. */
    long callsAt(double rate) {
        return Math.round(rate * duration.toNanos() / 1e9);
    }

    /** Every call the run will send: the pass of one per community, the warm-up's and every step's. */
    long plannedCalls() {
        return communities + warmUpCalls() + rates.stream().mapToLong(this::callsAt).sum();
    }

    static BenchOptions parse(String[] args) {
        List<Double> rates = List.of(100.0);
        Duration duration = Duration.ofSeconds(60);
        Duration warmUp = DEFAULT_WARM_UP;
        Double warmUpRate = null;
        Duration sampleInterval = Duration.ofSeconds(10);
        int communities = 2000;
        double repeatShare = CallMix.DEFAULT_REPEAT_SHARE;
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
                case "--rate" -> rates = List.of(Double.parseDouble(value));
                case "--rates" -> rates = Arrays.stream(value.split(",")).map(String::trim).map(Double::valueOf)
                        .toList();
                case "--duration" -> duration = duration(value);
                case "--warm-up" -> warmUp = duration(value);
                case "--warm-up-rate" -> warmUpRate = Double.parseDouble(value);
                case "--sample-every" -> sampleInterval = duration(value);
                case "--communities" -> communities = Integer.parseInt(value);
                case "--repeat-share" -> repeatShare = Double.parseDouble(value);
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
        if (rates.isEmpty() || rates.stream().anyMatch(rate -> rate <= 0)) {
            throw new IllegalArgumentException("Rates must be positive\n" + USAGE);
        }
        if (sampleInterval.isNegative() || sampleInterval.isZero()) {
            throw new IllegalArgumentException("--sample-every must be positive\n" + USAGE);
        }
        if (repeatShare < 0 || repeatShare > CallMix.highestRepeatShare()) {
            throw new IllegalArgumentException("--repeat-share must be between 0 and %.2f (only complaints and requests are repeated)\n"
                    .formatted(CallMix.highestRepeatShare()) + USAGE);
        }
        double lowestRate = rates.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        return new BenchOptions(rates, duration, warmUp,
                warmUpRate != null ? warmUpRate : Math.min(lowestRate, DEFAULT_WARM_UP_RATE), sampleInterval,
                communities, repeatShare, poolSize, connections, ceilingDuration, root,
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
