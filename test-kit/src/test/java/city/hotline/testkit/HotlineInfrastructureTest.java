package city.hotline.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotlineInfrastructureTest {

    @Test
    void everyTestResourceGetsTheSameRunningServers() throws Exception {
        Map<String, String> first = new HotlineInfrastructure().start();
        Map<String, String> second = new HotlineInfrastructure().start();

        assertEquals(first, second);
        assertEquals(HotlineInfrastructure.jdbcUrl(), first.get("quarkus.datasource.jdbc.url"));
        assertEquals(HotlineInfrastructure.kafkaBootstrapServers(), first.get("kafka.bootstrap.servers"));
        assertEquals("false", first.get("quarkus.devservices.enabled"));
        assertEquals("0", first.get("quarkus.http.test-port"));
        assertDatabaseAnswers();
        assertBrokerAnswers();
    }

    private static void assertDatabaseAnswers() throws SQLException {
        try (Connection connection = DriverManager.getConnection(HotlineInfrastructure.jdbcUrl(),
                HotlineInfrastructure.username(), HotlineInfrastructure.password())) {
            assertTrue(connection.isValid(5));
        }
    }

    private static void assertBrokerAnswers() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, HotlineInfrastructure.kafkaBootstrapServers()))) {
            assertFalse(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).isEmpty());
        }
    }
}
