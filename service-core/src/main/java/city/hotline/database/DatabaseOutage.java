package city.hotline.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, the connection lost, no connection free in
 * the pool) from a failure of the request itself: the first kind is cured by trying again later, the second is not.
 */
public final class DatabaseOutage {

    /**
     * SQLSTATE classes and codes that mean "no usable connection": 08 connection exceptions (refused, broken), 57P01-03
     * (the server is shutting down, crashed, or still starting up), 53300 (too many connections).
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof ConnectException) {
                return true;
            }
            // Agroal's own words ("Sorry, acquisition timeout!") when every connection of the pool stayed busy for the
            // acquisition timeout, as when a restarted service meets its clients' retries all at once; no state set.
            if (cause instanceof SQLException
                    && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
    }
}
