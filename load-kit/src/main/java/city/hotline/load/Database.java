package city.hotline.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The stack's PostgreSQL: where the services store what a run did, read back to measure or check it. */
public record Database(String jdbcUrl, String username, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    public long sizeBytes() throws SQLException {
        try (Connection connection = connect();
                var result = connection.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
            result.next();
            return result.getLong(1);
        }
    }
}
