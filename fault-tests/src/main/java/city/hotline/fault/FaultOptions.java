package city.hotline.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one fault-injection run does.
 *
 * @param rate          calls per second the operators' client offers
 * @param calls         calls in all, an equal stretch of them around each fault
 * @param communities   generated communities the calls go to (one on-duty worker each)
 * @param faults        injected one after the other, in this order
 * @param down          how long PostgreSQL or Kafka stays dead before it is started again (a service is restarted at
 *                      once: its start takes long enough)
 * @param registryOutage how long the registry is away
 * @param settle        pause between one fault's recovery and the next fault, and before the first
 * @param giveUpAfter   how long the client keeps retrying one call
 */
record FaultOptions(double rate, long calls, int communities, List<Fault> faults, Duration down,
        Duration registryOutage, Duration settle, Duration giveUpAfter, Path projectRoot, Path workDirectory) {

    static final String USAGE = """
            FaultInjection [--rate 30] [--calls 1500] [--communities 100] [--faults kill-intake,...|all]
                           [--down 5s] [--registry-outage 30s] [--settle 10s] [--give-up-after 10m]
                           [--project-root DIR] [--work-dir DIR]
            Faults: %s. Starts its own stack on free ports (services built with package).""".formatted(
            Arrays.stream(Fault.values()).map(Fault::option).toList());

    static FaultOptions parse(String[] args) {
        double rate = 30;
        long calls = 1500;
        int communities = 100;
        List<Fault> faults = Fault.all();
        Duration down = Duration.ofSeconds(5);
        Duration registryOutage = Duration.ofSeconds(30);
        Duration settle = Duration.ofSeconds(10);
        Duration giveUpAfter = Duration.ofMinutes(10);
        Path root = Path.of("").toAbsolutePath();
        Path work = null;
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
                case "--calls" -> calls = Long.parseLong(value);
                case "--communities" -> communities = Integer.parseInt(value);
                case "--faults" -> faults = value.equals("all") ? Fault.all()
                        : Arrays.stream(value.split(",")).map(String::trim).map(Fault::ofOption).toList();
                case "--down" -> down = duration(value);
                case "--registry-outage" -> registryOutage = duration(value);
                case "--settle" -> settle = duration(value);
                case "--give-up-after" -> giveUpAfter = duration(value);
                case "--project-root" -> root = Path.of(value).toAbsolutePath();
                case "--work-dir" -> work = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }
        return new FaultOptions(rate, calls, communities, faults, down, registryOutage, settle, giveUpAfter, root,
                work != null ? work : root.resolve("fault-tests/target/fault-run"));
    }

    /** {@code 90s}, {@code 5m} or ISO-8601 ({@code PT5M}). */
    private static Duration duration(String value) {
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.parse(value);
    }
}
