package city.hotline.stack;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code status}: whether the stack runs and how each service is. Exit code 0 when every service is ready, 1 when the
 * stack runs but is starting or a service is not ready, 3 when it does not run (the LSB convention for status).
 */
final class StatusCommand {

    static final int ALL_READY = 0;
    static final int NOT_ALL_READY = 1;
    static final int NOT_RUNNING = 3;

    private final StackDirectory state;

    StatusCommand(Path root) {
        this.state = new StackDirectory(root);
    }

    int run() {
        Optional<ProcessHandle> launcher = state.launcher();
        if (launcher.isEmpty()) {
            System.out.println("The hotline stack is not running.");
            List<ProcessHandle> leftovers = state.livingChildren();
            if (!leftovers.isEmpty()) {
                System.out.println(leftovers.size() + " of its processes still run: ./hotline down stops them.");
            }
            return NOT_RUNNING;
        }
        String pid = "launcher pid " + launcher.get().pid();
        Optional<StackEndpoints> endpoints = state.endpoints();
        if (endpoints.isEmpty()) {
            System.out.println("The hotline stack is starting (" + pid + ").");
            return NOT_ALL_READY;
        }
        Set<Service> ready = EnumSet.noneOf(Service.class);
        for (Service service : Service.values()) {
            if (Health.isReady(endpoints.get().url(service))) {
                ready.add(service);
            }
        }
        boolean allReady = ready.size() == Service.values().length;
        System.out.println("The hotline stack is running (" + pid + ")"
                + (allReady ? "; every service is up." : "; not every service is ready."));
        System.out.println();
        System.out.print(endpoints.get().table(ready::contains));
        return allReady ? ALL_READY : NOT_ALL_READY;
    }
}
