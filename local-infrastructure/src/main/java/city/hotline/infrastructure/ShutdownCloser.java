package city.hotline.infrastructure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes, when the JVM exits, whatever was registered and not closed yet, newest first.
 *
 * <p>A test run or a launcher that ends without closing its servers would otherwise leave a PostgreSQL process holding
 * its port and data directory. One hook closing in reverse start order (rather than one hook per resource, which the
 * JVM would run concurrently) stops the services before Kafka and Kafka before PostgreSQL, as an orderly stop would.
 */
public final class ShutdownCloser {

    private static final Logger LOG = Logger.getLogger(ShutdownCloser.class.getName());
    private static final Deque<AutoCloseable> OPEN = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCloser::closeAll, "hotline-shutdown-closer"));
    }

    private ShutdownCloser() {
    }

    /** Closes {@code resource} when the JVM exits, unless it is unregistered first. */
    public static synchronized void register(AutoCloseable resource) {
        OPEN.push(resource);
    }

    /** Forgets {@code resource}; its {@code close()} calls this so that a closed resource is not closed again. */
    public static synchronized void unregister(AutoCloseable resource) {
        OPEN.removeFirstOccurrence(resource);
    }

    private static synchronized AutoCloseable newest() {
        return OPEN.poll();
    }

    private static void closeAll() {
        // No lock is held while closing: close() calls unregister().
        for (AutoCloseable resource = newest(); resource != null; resource = newest()) {
            try {
                resource.close();
            } catch (Exception | LinkageError e) {
                // Whatever one resource throws, the others still get closed.
                LOG.log(Level.WARNING, "Could not close " + resource + " while the JVM exits", e);
            }
        }
    }
}
