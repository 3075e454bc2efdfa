package city.hotline.infrastructure;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A real Apache Kafka node in this JVM: one KRaft process that is both broker and controller, listening on localhost.
 *
 * <p>{@code kafka.server.KafkaRaftServer} and the storage {@link Formatter} are Kafka's internal API (what
 * {@code kafka-server-start.sh} and {@code kafka-storage.sh format} run); recheck them whenever the Quarkus BOM moves
 * the Kafka version. Closed by {@link #close()} or, failing that, when the JVM exits.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    // A persistent log directory must be started with the cluster id it was formatted with; a fixed one keeps the
    // directory usable whatever the code that formatted it.
    private static final String PERSISTENT_CLUSTER_ID = "MTIzNDVob3RsaW5lY2l0eQ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDirectory;
    private final boolean deleteLogDirectoryOnClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, Path logDirectory,
                        boolean deleteLogDirectoryOnClose) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDirectory = logDirectory;
        this.deleteLogDirectoryOnClose = deleteLogDirectoryOnClose;
    }

    /** A broker for tests: free ports, one partition per auto-created topic, a log directory deleted on close. */
    public static KafkaBroker ephemeral() {
        return ephemeral(1);
    }

    /** A broker for tests whose auto-created topics get {@code partitions} partitions. */
    public static KafkaBroker ephemeral(int partitions) {
        Path logDirectory;
        try {
            logDirectory = Files.createTempDirectory("hotline-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a log directory for Kafka", e);
        }
        List<Integer> ports = LocalPorts.free(2);
        return start(logDirectory, ports.get(0), ports.get(1), partitions, Uuid.randomUuid().toString(), true);
    }

    /** A broker whose topics and offsets outlive it, with three partitions per auto-created topic. */
    public static KafkaBroker persistent(Path logDirectory, int port, int controllerPort) {
        return persistent(logDirectory, port, controllerPort, 3);
    }

    /** A broker whose topics and offsets outlive it; {@code logDirectory} is formatted on first use only. */
    public static KafkaBroker persistent(Path logDirectory, int port, int controllerPort, int partitions) {
        return start(logDirectory, port, controllerPort, partitions, PERSISTENT_CLUSTER_ID, false);
    }

    private static KafkaBroker start(Path logDirectory, int port, int controllerPort, int partitions,
                                     String clusterId, boolean deleteLogDirectoryOnClose) {
        formatIfNew(logDirectory, clusterId);
        KafkaConfig config = KafkaConfig.fromProps(settings(logDirectory, port, controllerPort, partitions), false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(server, "localhost:" + port, logDirectory, deleteLogDirectoryOnClose);
        ShutdownCloser.register(broker);
        try {
            server.startup();
            awaitReady(broker.bootstrapServers);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.info(() -> "Kafka is ready at " + broker.bootstrapServers + " with logs in " + logDirectory);
        return broker;
    }

    private static Properties settings(Path logDirectory, int port, int controllerPort, int partitions) {
        String brokerListener = "PLAINTEXT://localhost:" + port;
        String controllerListener = CONTROLLER_LISTENER + "://localhost:" + controllerPort;
        Properties settings = new Properties();
        settings.putAll(Map.of(
                "process.roles", "broker,controller",
                "node.id", String.valueOf(NODE_ID),
                "controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort,
                "controller.listener.names", CONTROLLER_LISTENER,
                "listeners", brokerListener + "," + controllerListener,
                "advertised.listeners", brokerListener,
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT",
                "inter.broker.listener.name", "PLAINTEXT",
                "log.dirs", logDirectory.toString()));
        // A single node can hold one replica of anything: Kafka's internal topics default to three.
        settings.putAll(Map.of(
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                "min.insync.replicas", "1"));
        settings.putAll(Map.of(
                // Consumers join their group at once instead of waiting for more members that never come.
                "group.initial.rebalance.delay.ms", "0",
                "auto.create.topics.enable", "true",
                "num.partitions", String.valueOf(partitions)));
        return settings;
    }

    private static void formatIfNew(Path logDirectory, String clusterId) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDirectory);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .addDirectory(logDirectory.toString())
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    // Left unset, the release version would be Kafka's latest, possibly unstable, one.
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + logDirectory, e);
        }
    }

    /** Returns once the broker answers a metadata request, which it does only after it has joined its cluster. */
    static void awaitReady(String bootstrapServers) {
        awaitReady(bootstrapServers, READY_TIMEOUT);
    }

    static void awaitReady(String bootstrapServers, Duration timeout) {
        Map<String, Object> adminSettings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(adminSettings)) {
            var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                throw new IllegalStateException("Kafka at " + bootstrapServers + " reports no broker");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka at " + bootstrapServers, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Kafka at " + bootstrapServers + " did not answer within " + timeout.toSeconds() + " s", e);
        }
    }

    /**
     * Creates each topic with {@code partitions} partitions unless it exists already (an existing topic is left as
     * it is): topics that carry many keys need more partitions than the broker gives the ones it auto-creates.
     */
    public void createTopics(Collection<String> topics, int partitions) {
        Map<String, Object> adminSettings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(adminSettings)) {
            var created = admin.createTopics(topics.stream()
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList()).values();
            for (var topic : created.entrySet()) {
                try {
                    topic.getValue().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create the topic " + topic.getKey(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics " + topics + " in time", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the node down, waits until it has, and deletes the log directory of an ephemeral broker. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ShutdownCloser.unregister(this);
        server.shutdown();
        server.awaitShutdown();
        if (deleteLogDirectoryOnClose) {
            Directories.deleteRecursively(logDirectory);
        }
    }

    @Override
    public String toString() {
        return "Kafka at " + bootstrapServers;
    }
}
