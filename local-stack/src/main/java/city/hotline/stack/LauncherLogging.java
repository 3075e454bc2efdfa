package city.hotline.stack;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.FileHandler;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the launcher's own log lines, and those of the Kafka broker and PostgreSQL it runs, to
 * {@code infrastructure.log}. The terminal belongs to the launcher's messages to its user: it shows the launcher's own
 * warnings and everyone's errors, not Kafka's routine warnings (such as its note on first start that it bootstraps an
 * empty metadata log).
 */
final class LauncherLogging {

    static final String FILE_NAME = "infrastructure.log";

    private LauncherLogging() {
    }

    static void configure(Path logDirectory) {
        // The system log context is JUL's when java.util.logging.manager names jboss-logmanager, and SLF4J's (Kafka,
        // zonky) through slf4j-jboss-logmanager either way.
        Logger root = LogContext.getSystemLogContext().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.setLevel(Level.INFO);

        ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d{HH:mm:ss} %-5p [%c{1}] %s%e%n"));
        console.setLevel(Level.WARNING);
        console.setFilter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue()
                || String.valueOf(record.getLoggerName()).startsWith("city.hotline."));
        root.addHandler(console);

        Path file = logDirectory.resolve(FILE_NAME);
        try {
            root.addHandler(new FileHandler(
                    new PatternFormatter("%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n"), file.toFile(), false));
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("Could not open " + file, e);
        }
    }
}
