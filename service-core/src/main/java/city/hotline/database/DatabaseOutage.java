package city.hotline.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, the connection lost) from a failure of the
 * request itself: the first kind is cured by trying again later, the second is not.
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
            // Agroal's own words when no connection could be had within the acquisition timeout; it sets no state.
            if (cause instanceof SQLException && String.valueOf(cause.getMessage()).startsWith("Acquisition timeout")) {
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
