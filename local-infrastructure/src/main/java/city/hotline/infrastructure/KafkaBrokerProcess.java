package city.hotline.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A Kafka broker in a JVM of its own, so that a test can kill it with SIGKILL, as a crash would, and start it again
 * with the same ports and logs. {@link KafkaBroker} runs in the caller's JVM, which a kill would take down too.
 *
 * <p>The child runs {@link #main} of this class on this JVM's class path: a {@link KafkaBroker#persistent persistent}
 * broker over the given log directory, so its topics and committed offsets survive the kill.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBrokerProcess.class.getName());
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String HEAP = "-Xmx384m";
    /**
     * A new JVM, then log recovery after a kill: on a machine shared with other builds the JVM alone has taken a
     * minute to start, more than an in-process broker's wait.
     */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private final int partitions;
    private final Path outputFile;
    private Process process;
    private boolean closed;

    private KafkaBrokerProcess(Path logDirectory, int port, int controllerPort, int partitions, Path outputFile) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.partitions = partitions;
        this.outputFile = outputFile;
    }

    /**
     * Starts a broker on two free ports and returns once it answers.
     *
     * @param logDirectory Kafka's data, formatted on first use
     * @param outputFile   where the child's output is appended
     */
    public static KafkaBrokerProcess start(Path logDirectory, int partitions, Path outputFile) {
        List<Integer> ports = LocalPorts.free(2);
        KafkaBrokerProcess broker = new KafkaBrokerProcess(logDirectory, ports.get(0), ports.get(1), partitions,
                outputFile);
        ShutdownCloser.register(broker);
        try {
            broker.start();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    /** Starts the broker again after {@link #kill()} or {@link #stop()}; returns once it answers. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
        if (isRunning()) {
            return;
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                KafkaBrokerProcess.class.getName(), logDirectory.toString(), String.valueOf(port),
                String.valueOf(controllerPort), String.valueOf(partitions))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(outputFile.toFile()));
        try {
            Files.createDirectories(outputFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka's process", e);
        }
        KafkaBroker.awaitReady(bootstrapServers(), READY_TIMEOUT);
        LOG.info(() -> "Kafka is ready at " + bootstrapServers() + " in process " + process.pid());
    }

    /** Kills the broker with SIGKILL: records not yet flushed to the page cache are lost, as in a crash. */
    public synchronized void kill() {
        if (isRunning()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
    }

    /** Stops the broker with SIGTERM: a controlled shutdown. */
    public synchronized void stop() {
        if (isRunning()) {
            process.destroy();
            if (!awaitExit(STOP_GRACE)) {
                kill();
            }
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker's process, while it runs. */
    public synchronized ProcessHandle handle() {
        return process.toHandle();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ShutdownCloser.unregister(this);
        stop();
    }

    @Override
    public String toString() {
        return "Kafka at " + bootstrapServers() + " (own process)";
    }

    /** The child: {@code logDirectory port controllerPort partitions}; runs until SIGTERM or SIGKILL. */
    public static void main(String[] args) throws InterruptedException {
        KafkaBroker.persistent(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]));
        // ShutdownCloser closes the broker on SIGTERM.
        new CountDownLatch(1).await();
    }
}
