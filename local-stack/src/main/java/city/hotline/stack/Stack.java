package city.hotline.stack;

import city.hotline.events.Topics;
import city.hotline.infrastructure.KafkaBroker;
import city.hotline.infrastructure.KafkaBrokerProcess;
import city.hotline.infrastructure.LocalPorts;
import city.hotline.infrastructure.PostgresServer;
import city.hotline.infrastructure.ShutdownCloser;
import city.hotline.security.Grant;

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
 *
 * <p>For fault injection a service can be killed, stopped and started again on its port; so can PostgreSQL and Kafka
 * when the stack was started {@link StackOptions#withKillableInfrastructure with killable infrastructure}.
 */
public final class Stack implements AutoCloseable {

    public static final int POSTGRES_PORT = 5432;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;

    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    /**
     * On a machine shared with other builds, four Quarkus services starting together have taken over three minutes;
     * {@code -Dhotline.stack.ready-timeout-seconds} waits longer still.
     */
    private static final Duration READY_TIMEOUT =
            Duration.ofSeconds(Long.getLong("hotline.stack.ready-timeout-seconds", 600));
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 60;
    /**
     * The topics every service shares, created before the services start, as deploy/k8s/base/kafka/topics.yaml
     * defines them in a cluster: several partitions, so that a service's consumers of a topic (its channels'
     * {@code concurrency}) each take some. Keys are community codes, so one community's events stay in order. The
     * per-community dispatch topics are left to the broker's default of one partition: one key each.
     */
    private static final List<String> SHARED_TOPICS =
            List.of(Topics.REGISTRY, Topics.CALLS, Topics.CALLERS, Topics.TICKETS);
    private static final int SHARED_TOPIC_PARTITIONS = 6;

    private final PostgresServer postgres;
    /** Kafka in this JVM, or in a process of its own ({@link #killableKafka}); the other is null. */
    private final KafkaBroker kafka;
    private final KafkaBrokerProcess killableKafka;
    private final Path logDirectory;
    private final LocalIdentity identity;
    private final Map<String, String> personalDataKeys;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private Path root;
    private Map<Service, Integer> ports;
    private boolean demoData;
    private boolean closed;

    private Stack(PostgresServer postgres, KafkaBroker kafka, KafkaBrokerProcess killableKafka, Path logDirectory,
            LocalIdentity identity, Map<String, String> personalDataKeys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.killableKafka = killableKafka;
        this.logDirectory = logDirectory;
        this.identity = identity;
        this.personalDataKeys = personalDataKeys;
    }

    /**
     * Starts everything and returns once every service reports ready.
     *
     * @throws IllegalStateException if a port is taken, a service jar is missing, or a service dies or is not ready
     *                               within ten minutes; the message then ends with the tail of that service's log,
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
        LocalIdentity identity = LocalIdentity.in(LocalIdentity.directoryOf(root));
        Map<String, String> personalDataKeys = options.persistent()
                ? PersonalDataKeyFile.persistent(options.dataDirectory().resolve("personal-data-keys.properties"))
                : PersonalDataKeyFile.generated();

        PostgresServer postgres = startPostgres(options);
        KafkaBroker kafka = null;
        KafkaBrokerProcess killableKafka = null;
        try {
            if (options.killableDataDirectory().isPresent()) {
                killableKafka = KafkaBrokerProcess.start(options.killableDataDirectory().get().resolve("kafka"), 3,
                        options.logDirectory().resolve("kafka.log"));
            } else {
                kafka = startKafka(options);
            }
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        // Registered after Kafka and PostgreSQL, so closed before them if the JVM exits first.
        Stack stack = new Stack(postgres, kafka, killableKafka, options.logDirectory(), identity, personalDataKeys);
        ShutdownCloser.register(stack);
        try {
            stack.startServices(root, ports, options.demoData());
            stack.awaitReady();
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
        if (options.killableDataDirectory().isPresent()) {
            // Durable commits: a killed server must still have every transaction it acknowledged.
            return PostgresServer.persistent(options.killableDataDirectory().get().resolve("postgres"),
                    LocalPorts.free());
        }
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
        KafkaBroker broker = options.persistent()
                ? KafkaBroker.persistent(options.dataDirectory().resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT)
                : KafkaBroker.ephemeral();
        try {
            broker.createTopics(SHARED_TOPICS, SHARED_TOPIC_PARTITIONS);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
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
        this.root = root;
        this.ports = Map.copyOf(ports);
        this.demoData = demoData;
        for (Service service : Service.values()) {
            spawn(service, false);
        }
    }

    private void spawn(Service service, boolean appendToLog) {
        Path logFile = logDirectory.resolve(service.moduleDirectory() + ".log");
        ServiceProcess process = ServiceProcess.start(javaBinary(), root, service, ports.get(service),
                environment(service, ports.get(service), demoData), logFile, appendToLog);
        services.put(service, process);
        reportUnexpectedExit(process);
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
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        environment.putAll(identity.serviceEnvironment());
        // Every service keeps some personal data encrypted (docs/personal-data.md).
        environment.putAll(personalDataKeys);
        if (demoData && service == Service.RESIDENT_REGISTRY) {
            environment.put("HOTLINE_DEMO_DATA_ENABLED", "true");
        }
        return environment;
    }

    private void awaitReady() {
        awaitReady(EnumSet.allOf(Service.class));
    }

    private void awaitReady(Set<Service> services) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        Set<Service> waiting = EnumSet.copyOf(services);
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
    private void reportUnexpectedExit(ServiceProcess process) {
        process.handle().onExit().thenRun(() -> {
            synchronized (this) {
                if (closed || process.isStopping()) {
                    return;
                }
            }
            LOG.severe(process.service().moduleDirectory() + " stopped unexpectedly; see " + process.logFile());
        });
    }

    /** Kills a service with SIGKILL, as a crash would: requests in flight get no answer, nothing is drained. */
    public void kill(Service service) {
        ServiceProcess process = process(service);
        process.markStopping();
        process.handle().destroyForcibly();
        process.handle().onExit().join();
    }

    /** Stops a service with SIGTERM, as a rolling update would: it finishes requests in flight, then exits. */
    public void stop(Service service) {
        ServiceProcess process = process(service);
        process.markStopping();
        ProcessStopper.stop(List.of(process.handle()), STOP_GRACE);
    }

    /** Starts a killed or stopped service again on its port and returns once it reports ready. */
    public void restart(Service service) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The stack is stopped");
            }
            if (services.get(service).isAlive()) {
                throw new IllegalStateException(service.moduleDirectory() + " still runs");
            }
            spawn(service, true);
        }
        awaitReady(EnumSet.of(service));
    }

    /** Kills PostgreSQL's processes with SIGKILL; {@link #startPostgres()} recovers it from its WAL. */
    public void killPostgres() {
        postgres.kill();
    }

    public void startPostgres() {
        postgres.start();
    }

    /** Kills the Kafka broker's process with SIGKILL; only for a stack with killable infrastructure. */
    public void killKafka() {
        killableKafka().kill();
    }

    /** Starts the killed Kafka broker again with its logs and ports; returns once it answers. */
    public void startKafka() {
        killableKafka().start();
    }

    private KafkaBrokerProcess killableKafka() {
        if (killableKafka == null) {
            throw new IllegalStateException("Kafka runs in this JVM: start the stack withKillableInfrastructure");
        }
        return killableKafka;
    }

    public String url(Service service) {
        return process(service).url();
    }

    /** A bearer token the services accept, e.g. {@code stack.token(Grant.of(Role.OPERATOR))}. */
    public String token(Grant grant) {
        return identity.token(grant);
    }

    public String kafkaBootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : killableKafka.bootstrapServers();
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
     * The processes that outlive this JVM if it is killed: the services, the PostgreSQL server (which runs detached)
     * and a killable Kafka's process. Kafka otherwise runs inside this JVM and dies with it.
     */
    public List<ProcessHandle> externalProcesses() {
        List<ProcessHandle> processes = new ArrayList<>();
        synchronized (this) {
            services.values().forEach(process -> processes.add(process.handle()));
        }
        if (postgres.isRunning()) {
            ProcessHandle.of(postgres.pid()).ifPresent(processes::add);
        }
        if (killableKafka != null && killableKafka.isRunning()) {
            processes.add(killableKafka.handle());
        }
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
                if (kafka != null) {
                    kafka.close();
                } else {
                    killableKafka.close();
                }
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
