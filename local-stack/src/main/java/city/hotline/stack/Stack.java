package city.hotline.stack;

import city.hotline.infrastructure.KafkaBroker;
import city.hotline.infrastructure.LocalPorts;
import city.hotline.infrastructure.PostgresServer;
import city.hotline.infrastructure.ShutdownCloser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The whole hotline on one machine: a PostgreSQL server, a Kafka broker and the four services, each service a child
 * process of this JVM.
 *
 * <p>{@link #close()} stops the services, then Kafka, then PostgreSQL; so does the JVM's exit if nobody called it.
 */
public final class Stack implements AutoCloseable {

    public static final int POSTGRES_PORT = 5432;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;

    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    /** On a machine shared with other builds a service may take longer to start: {@code -Dhotline.stack.ready-timeout-seconds}. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("hotline.stack.ready-timeout-seconds", 180));
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final Path logDirectory;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private boolean closed;

    private Stack(PostgresServer postgres, KafkaBroker kafka, Path logDirectory) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.logDirectory = logDirectory;
    }

    /**
     * Starts everything and returns once every service reports ready.
     *
     * @throws IllegalStateException if a port is taken, a service jar is missing, or a service dies or is not ready
     *                               within three minutes; the message then ends with the tail of that service's log,
     *                               and everything already started has been stopped
     */
    public static Stack start(StackOptions options) {
        Path root = options.projectRoot();
        requireRunnableJars(root);
        Map<Service, Integer> ports = servicePorts(options.persistent());
        if (options.persistent()) {
            requireFree(KAFKA_PORT, "Kafka");
            requireFree(KAFKA_CONTROLLER_PORT, "Kafka's controller");
        }
        createDirectory(options.logDirectory());

        PostgresServer postgres = startPostgres(options);
        KafkaBroker kafka;
        try {
            kafka = startKafka(options);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        // Registered after Kafka and PostgreSQL, so closed before them if the JVM exits first.
        Stack stack = new Stack(postgres, kafka, options.logDirectory());
        ShutdownCloser.register(stack);
        try {
            stack.startServices(root, ports, options.demoData());
            stack.awaitReady();
            stack.reportUnexpectedExits();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private static void requireRunnableJars(Path root) {
        List<String> missing = Stream.of(Service.values())
                .map(service -> service.runnableJar(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> root.relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Run ./mvnw install -DskipTests in " + root);
        }
    }

    private static Map<Service, Integer> servicePorts(boolean persistent) {
        List<Integer> freePorts = persistent ? List.of() : LocalPorts.free(Service.values().length);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, persistent
                    ? requireFree(service.defaultPort(), service.moduleDirectory())
                    : freePorts.get(service.ordinal()));
        }
        return ports;
    }

    private static int requireFree(int port, String user) {
        if (!LocalPorts.isFree(port)) {
            throw new IllegalStateException("Port " + port + ", which " + user + " needs, is taken by another "
                    + "process (see: ss -ltnp 'sport = :" + port + "')");
        }
        return port;
    }

    private static PostgresServer startPostgres(StackOptions options) {
        if (!options.persistent()) {
            return PostgresServer.ephemeral();
        }
        int port = POSTGRES_PORT;
        if (!LocalPorts.isFree(port)) {
            port = LocalPorts.free();
            LOG.info("Port " + POSTGRES_PORT + " is taken: PostgreSQL listens on port " + port + " instead");
        }
        return PostgresServer.persistent(options.dataDirectory().resolve("postgres"), port);
    }

    private static KafkaBroker startKafka(StackOptions options) {
        if (!options.persistent()) {
            return KafkaBroker.ephemeral();
        }
        return KafkaBroker.persistent(options.dataDirectory().resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT);
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }

    /** Spawns every service without waiting; holding the lock keeps close() from missing one that is spawning. */
    private synchronized void startServices(Path root, Map<Service, Integer> ports, boolean demoData) {
        if (closed) {
            throw new IllegalStateException("The stack was stopped while it was starting");
        }
        Path java = javaBinary();
        for (Service service : Service.values()) {
            Path logFile = logDirectory.resolve(service.moduleDirectory() + ".log");
            ServiceProcess process = ServiceProcess.start(java, root, service, ports.get(service),
                    environment(service, ports.get(service), demoData), logFile);
            services.put(service, process);
        }
    }

    /** The services run on the JVM that runs this launcher. */
    private static Path javaBinary() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private Map<String, String> environment(Service service, int port, boolean demoData) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        if (demoData && service == Service.RESIDENT_REGISTRY) {
            environment.put("HOTLINE_DEMO_DATA_ENABLED", "true");
        }
        return environment;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Set<Service> waiting = EnumSet.allOf(Service.class);
        while (true) {
            for (Service service : List.copyOf(waiting)) {
                ServiceProcess process = process(service);
                if (!process.isAlive()) {
                    throw failure(process, "exited with code " + process.exitCode() + " before it was ready");
                }
                if (Health.isReady(process.url())) {
                    LOG.info(() -> service.moduleDirectory() + " is ready at " + process.url());
                    waiting.remove(service);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(process(waiting.iterator().next()),
                        "was not ready within " + READY_TIMEOUT.toSeconds() + " s");
            }
            pause();
        }
    }

    private synchronized ServiceProcess process(Service service) {
        return services.get(service);
    }

    private static IllegalStateException failure(ServiceProcess process, String what) {
        return new IllegalStateException(process.service().moduleDirectory() + " " + what + ". The end of "
                + process.logFile() + ":" + System.lineSeparator() + process.logTail(LOG_TAIL_LINES));
    }

    private static void pause() {
        try {
            Thread.sleep(READY_POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services to be ready", e);
        }
    }

    /** Tells the user of a running stack when a service dies: nothing else would until a request fails. */
    private synchronized void reportUnexpectedExits() {
        for (ServiceProcess process : services.values()) {
            process.handle().onExit().thenRun(() -> {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                }
                LOG.severe(process.service().moduleDirectory() + " stopped unexpectedly; see " + process.logFile());
            });
        }
    }

    public String url(Service service) {
        return process(service).url();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String databaseUsername() {
        return postgres.username();
    }

    public String databasePassword() {
        return postgres.password();
    }

    public int postgresPort() {
        return postgres.port();
    }

    public Path logFile(Service service) {
        return process(service).logFile();
    }

    public StackEndpoints endpoints() {
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, url(service));
        }
        return new StackEndpoints(urls, kafkaBootstrapServers(), jdbcUrl(), databaseUsername(), databasePassword(),
                logDirectory);
    }

    /**
     * The processes that outlive this JVM if it is killed: the services and the PostgreSQL server (which runs
     * detached). Kafka runs inside this JVM and dies with it.
     */
    public List<ProcessHandle> externalProcesses() {
        List<ProcessHandle> processes = new ArrayList<>();
        synchronized (this) {
            services.values().forEach(process -> processes.add(process.handle()));
        }
        ProcessHandle.of(postgres.pid()).ifPresent(processes::add);
        return processes;
    }

    /** Stops the services (SIGTERM, then SIGKILL after 20 s), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        List<ProcessHandle> running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = services.values().stream().map(ServiceProcess::handle).toList();
        }
        ShutdownCloser.unregister(this);
        try {
            ProcessStopper.stop(running, STOP_GRACE);
        } finally {
            try {
                kafka.close();
            } finally {
                postgres.close();
            }
        }
    }

    @Override
    public String toString() {
        return "the hotline stack (" + logDirectory + ")";
    }
}
