package city.hotline.fault;

import java.util.Arrays;
import java.util.List;

import city.hotline.stack.Service;

/** One fault the suite injects while calls come in. */
enum Fault {

    KILL_INTAKE("kill -9 hotline-intake, start it again", Service.HOTLINE_INTAKE),
    KILL_DISPATCH("kill -9 dispatch-service, start it again", Service.DISPATCH_SERVICE),
    KILL_REGISTRY("kill -9 resident-registry, start it again", Service.RESIDENT_REGISTRY),
    KILL_NOTIFICATION("kill -9 notification-service, start it again", Service.NOTIFICATION_SERVICE),
    KILL_KAFKA("kill -9 the Kafka broker, start it again", null),
    KILL_POSTGRES("kill -9 PostgreSQL (postmaster and backends), start it again", null),
    REGISTRY_OUTAGE("stop resident-registry for a while; dispatch routes from its read model", null);

    private final String description;
    private final Service service;

    Fault(String description, Service service) {
        this.description = description;
        this.service = service;
    }

    String description() {
        return description;
    }

    /** The service a {@code KILL_<service>} fault kills; null for the others. */
    Service service() {
        return service;
    }

    /** {@code kill-intake} on the command line and in the results. */
    String option() {
        return name().toLowerCase().replace('_', '-');
    }

    static Fault ofOption(String option) {
        return Arrays.stream(values()).filter(fault -> fault.option().equals(option)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown fault " + option + "; known: "
                        + Arrays.stream(values()).map(Fault::option).toList()));
    }

    static List<Fault> all() {
        return List.of(values());
    }
}
