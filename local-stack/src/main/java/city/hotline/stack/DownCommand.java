package city.hotline.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code down}: asks the launcher to stop the stack (SIGTERM, which runs its shutdown hook), then stops whatever a
 * launcher that died without stopping its children left behind.
 */
final class DownCommand {

    // The launcher gives the services 20 s, then stops Kafka and PostgreSQL.
    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(60);
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(20);

    private final StackDirectory state;

    DownCommand(Path root) {
        this.state = new StackDirectory(root);
    }

    int run() {
        Optional<ProcessHandle> launcher = state.launcher();
        launcher.ifPresent(this::stopLauncher);
        List<ProcessHandle> leftovers = state.livingChildren();
        if (!leftovers.isEmpty()) {
            System.out.println("Stopping " + leftovers.size() + " processes the launcher left behind: "
                    + leftovers.stream().map(process -> String.valueOf(process.pid())).toList());
            ProcessStopper.stop(leftovers, LEFTOVER_GRACE);
        }
        state.forget();
        System.out.println(launcher.isEmpty() && leftovers.isEmpty()
                ? "The hotline stack is not running."
                : "The hotline stack has stopped.");
        return 0;
    }

    private void stopLauncher(ProcessHandle launcher) {
        System.out.println("Stopping the hotline stack (launcher pid " + launcher.pid() + ")...");
        launcher.destroy();
        try {
            launcher.onExit().get(LAUNCHER_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.out.println("The launcher did not stop within " + LAUNCHER_GRACE.toSeconds() + " s; killing it.");
            launcher.destroyForcibly();
            launcher.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the launcher to stop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not wait for the launcher to stop", e);
        }
    }
}
