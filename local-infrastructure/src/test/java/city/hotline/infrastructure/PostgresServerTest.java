package city.hotline.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresServerTest {

    @Test
    void ephemeralServerRunsSqlInTheHotlineDatabase() throws SQLException {
        try (PostgresServer postgres = PostgresServer.ephemeral();
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE call (id BIGINT PRIMARY KEY, text TEXT NOT NULL)");
            sql.execute("INSERT INTO call VALUES (1, '楼道灯坏了')");

            assertEquals("楼道灯坏了", single(sql, "SELECT text FROM call WHERE id = 1"));
            assertEquals("hotline", single(sql, "SELECT current_database()"));
        }
    }

    @Test
    void persistentServerKeepsDataAcrossRestartsAndFlushesEveryCommit(@TempDir Path dataDirectory)
            throws SQLException {
        int port = LocalPorts.free();
        try (PostgresServer postgres = PostgresServer.persistent(dataDirectory, port);
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement()) {
            assertEquals("on", single(sql, "SHOW fsync"));
            assertEquals("on", single(sql, "SHOW synchronous_commit"));
            sql.execute("CREATE TABLE call (id BIGINT PRIMARY KEY)");
            sql.execute("INSERT INTO call VALUES (12345)");
        }
        assertTrue(LocalPorts.isFree(port), "the stopped server released its port");

        try (PostgresServer postgres = PostgresServer.persistent(dataDirectory, port);
             Connection connection = connect(postgres);
             Statement sql = connection.createStatement()) {
            assertEquals("12345", single(sql, "SELECT id FROM call"));
        }
    }

    @Test
    void aKilledServerStartsAgainOnItsPortWithEveryCommittedRow(@TempDir Path dataDirectory) throws SQLException {
        try (PostgresServer postgres = PostgresServer.persistent(dataDirectory, LocalPorts.free())) {
            try (Connection connection = connect(postgres); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE call (id BIGINT PRIMARY KEY)");
                sql.execute("INSERT INTO call VALUES (12345)");
            }
            long postmaster = postgres.pid();

            postgres.kill();

            assertTrue(ProcessHandle.of(postmaster).isEmpty(), "the postmaster is gone");
            assertThrows(SQLException.class, () -> connect(postgres).close());
            postgres.start();
            try (Connection connection = connect(postgres); Statement sql = connection.createStatement()) {
                assertEquals("12345", single(sql, "SELECT id FROM call"));
            }
        }
    }

    @Test
    void aStoppedEphemeralServerStartsAgainWithItsData() throws SQLException {
        try (PostgresServer postgres = PostgresServer.ephemeral()) {
            try (Connection connection = connect(postgres); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE call (id BIGINT PRIMARY KEY)");
                sql.execute("INSERT INTO call VALUES (12345)");
            }
            postgres.stop();
            assertTrue(LocalPorts.isFree(postgres.port()), "the stopped server released its port");
            postgres.start();
            try (Connection connection = connect(postgres); Statement sql = connection.createStatement()) {
                assertEquals("12345", single(sql, "SELECT id FROM call"));
            }
        }
    }

    private static Connection connect(PostgresServer postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query + " returned no row");
            return rows.getString(1);
        }
    }
}
