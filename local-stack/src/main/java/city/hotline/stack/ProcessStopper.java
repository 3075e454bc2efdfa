package city.hotline.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops processes the polite way first: SIGTERM, a grace period, then SIGKILL for them and their descendants. */
final class ProcessStopper {

    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private ProcessStopper() {
    }

    static void stop(Collection<ProcessHandle> processes, Duration grace) {
        // Taken before the signal: once a parent exits, its children are no longer its descendants.
        List<ProcessHandle> withDescendants = new ArrayList<>(processes);
        processes.forEach(process -> process.descendants().forEach(withDescendants::add));

        processes.forEach(ProcessHandle::destroy);
        awaitExit(processes, grace);

        List<ProcessHandle> stubborn = withDescendants.stream().filter(ProcessHandle::isAlive).toList();
        stubborn.forEach(ProcessHandle::destroyForcibly);
        awaitExit(stubborn, KILL_WAIT);
    }

    private static void awaitExit(Collection<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream()
                .map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The caller deals with what is still alive.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for processes to exit failed", e);
        }
    }
}
