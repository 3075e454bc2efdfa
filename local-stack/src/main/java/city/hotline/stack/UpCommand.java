package city.hotline.stack;

import city.hotline.infrastructure.ShutdownCloser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code up}: runs the persistent stack with demo data in the foreground until SIGINT or SIGTERM. */
final class UpCommand {

    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(20);

    private final Path root;
    private final StackDirectory state;

    UpCommand(Path root) {
        this.root = root;
        this.state = new StackDirectory(root);
    }

    int run() throws InterruptedException {
        Optional<FileLock> lock = state.lockForLauncher();
        if (lock.isEmpty()) {
            return alreadyRunning();
        }
        stopLeftovers();
        state.forget();
        state.recordLauncher(ProcessHandle.current());
        // Registered before the stack, so that it runs after the stack has stopped when the JVM exits.
        ShutdownCloser.register(state::forget);

        StackOptions options = StackOptions.persistent(root).withDemoData(true);
        createDirectory(options.logDirectory());
        LauncherLogging.configure(options.logDirectory());
        System.out.println("Starting PostgreSQL, Kafka and the four services; this takes a minute...");
        Stack stack;
        try {
            stack = Stack.start(options);
        } catch (RuntimeException e) {
            System.out.println("The stack did not start: " + e.getMessage());
            return 1;
        }
        state.recordChildren(stack.externalProcesses());
        StackEndpoints endpoints = stack.endpoints();
        state.recordEndpoints(endpoints);

        System.out.println();
        System.out.println("The 12345 hotline stack is up (launcher pid " + ProcessHandle.current().pid() + ").");
        System.out.println();
        System.out.print(endpoints.table(service -> true));
        if (stack.postgresPort() != Stack.POSTGRES_PORT) {
            System.out.println();
            System.out.println("Port " + Stack.POSTGRES_PORT + " was taken: PostgreSQL listens on port "
                    + stack.postgresPort() + ".");
        }
        System.out.println();
        System.out.println("Kafka and PostgreSQL log to " + options.logDirectory().resolve(LauncherLogging.FILE_NAME)
                + "; their data is in " + options.dataDirectory() + ".");
        System.out.println("Every API needs a token: ./hotline token --role operator prints one (docs/security.md).");
        System.out.println("Stop with Ctrl+C here, or with ./hotline down in " + root + ".");

        // SIGINT and SIGTERM make the JVM exit; its shutdown hook stops the stack.
        Thread.currentThread().join();
        // Without this fence the lock is unreachable after its last use, and collecting it would release it.
        Reference.reachabilityFence(lock);
        return 0;
    }

    private int alreadyRunning() {
        String pid = state.launcher().map(launcher -> " (launcher pid " + launcher.pid() + ")").orElse("");
        System.out.println("The hotline stack is already running" + pid + ".");
        state.endpoints().ifPresent(endpoints -> {
            System.out.println();
            System.out.print(endpoints.table(service -> Health.isReady(endpoints.url(service))));
        });
        System.out.println();
        System.out.println("Stop it first with ./hotline down.");
        return 1;
    }

    /** Stops the services and PostgreSQL of a launcher that was killed before it could stop them. */
    private void stopLeftovers() {
        List<ProcessHandle> leftovers = state.livingChildren();
        if (!leftovers.isEmpty()) {
            System.out.println("Stopping " + leftovers.size() + " processes left behind by a launcher that did not "
                    + "stop cleanly: " + leftovers.stream().map(process -> String.valueOf(process.pid())).toList());
            ProcessStopper.stop(leftovers, LEFTOVER_GRACE);
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + directory, e);
        }
    }
}
