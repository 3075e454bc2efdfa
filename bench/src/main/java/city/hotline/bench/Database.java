package city.hotline.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The stack's PostgreSQL: where the services store what the run did, and where the ceiling is measured. */
record Database(String jdbcUrl, String username, String password) {

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    long sizeBytes() throws SQLException {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            result.next();
            return result.getLong(1);
        }
    }
}
