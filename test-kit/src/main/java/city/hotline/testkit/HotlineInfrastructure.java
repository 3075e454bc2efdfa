package city.hotline.testkit;

import city.hotline.infrastructure.KafkaBroker;
import city.hotline.infrastructure.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A real PostgreSQL and a real Kafka broker for {@code @QuarkusTest} classes:
 * {@code @WithTestResource(HotlineInfrastructure.class)}.
 *
 * <p>Both start once per test JVM, on first use, and stop when the JVM exits: starting them per test class would
 * cost seconds per class. Tests share them, so each test should use its own keys, ids or topics.
 *
 * <p>The service under test verifies the tokens of {@link TestTokens}; a request without one runs as an administrator.
 */
public final class HotlineInfrastructure implements QuarkusTestResourceLifecycleManager {

    // The addresses live in system properties, not static fields: Quarkus may load this class in more than one class
    // loader during a test run, and each copy of a static field would start another PostgreSQL and Kafka.
    private static final String JDBC_URL = "hotline.test.jdbc-url";
    private static final String USERNAME = "hotline.test.jdbc-username";
    private static final String PASSWORD = "hotline.test.jdbc-password";
    private static final String KAFKA = "hotline.test.kafka-bootstrap-servers";

    @Override
    public Map<String, String> start() {
        Map<String, String> configuration = new HashMap<>(TestTokens.serviceConfiguration());
        configuration.putAll(PersonalDataTestKeys.configuration());
        configuration.putAll(Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", username(),
                "quarkus.datasource.password", password(),
                "kafka.bootstrap.servers", kafkaBootstrapServers(),
                "quarkus.devservices.enabled", "false",
                // The default test port, 8081, is the intake's port in a running local stack.
                "quarkus.http.test-port", "0"));
        return configuration;
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM: the servers stop when the JVM exits.
    }

    public static String jdbcUrl() {
        return running().getProperty(JDBC_URL);
    }

    public static String username() {
        return running().getProperty(USERNAME);
    }

    public static String password() {
        return running().getProperty(PASSWORD);
    }

    /**
     * A plain JDBC connection to a service's schema, past its Hibernate mappings: what an administrator with
     * {@code psql} sees, e.g. that a column holds no personal data in clear.
     */
    public static Connection plainConnection(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl(), username(), password());
        connection.setSchema(schema);
        return connection;
    }

    public static String kafkaBootstrapServers() {
        return running().getProperty(KAFKA);
    }

    /**
     * Stops PostgreSQL until the returned outage is closed, which starts it again on the same port with the same data
     * and returns once it accepts connections. Every test class of the JVM shares the server: close the outage in the
     * test that opened it.
     */
    public static DatabaseOutage databaseOutage() {
        running();
        DatabaseSwitch.stop();
        return DatabaseSwitch::start;
    }

    /** PostgreSQL stopped by {@link #databaseOutage()}; closing it starts the server again. */
    @FunctionalInterface
    public interface DatabaseOutage extends AutoCloseable {
        @Override
        void close();
    }

    /** The system properties, after starting the servers if this JVM has not yet. */
    private static Properties running() {
        Properties properties = System.getProperties();
        // The same lock and the same properties whichever class loader runs this.
        synchronized (properties) {
            if (properties.getProperty(KAFKA) == null) {
                // Both register with ShutdownCloser, which stops them when the JVM exits.
                PostgresServer postgres = PostgresServer.ephemeral();
                KafkaBroker kafka = KafkaBroker.ephemeral();
                properties.setProperty(JDBC_URL, postgres.jdbcUrl());
                properties.setProperty(USERNAME, postgres.username());
                properties.setProperty(PASSWORD, postgres.password());
                properties.setProperty(KAFKA, kafka.bootstrapServers());
                DatabaseSwitch.register(postgres);
            }
            return properties;
        }
    }
}
