package city.hotline.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("Connection refused"))));
    }

    @Test
    void aServerStartingUpOrShuttingDownIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command",
                "57P01")));
    }

    @Test
    void aPoolWithNoFreeConnectionIsAnOutage() {
        assertTrue(DatabaseOutage.isCause(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aFailureOfTheStatementItselfIsNot() {
        assertFalse(DatabaseOutage.isCause(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalArgumentException("no community has the code 1")));
    }
}
