package city.hotline.stack;

import java.nio.file.Path;
import java.util.List;

/** The four services of the hotline, each a Quarkus application in its own module. */
public enum Service {

    // The heaps the pods get in deploy/k8s: the image runs the JVM with -XX:MaxRAMPercentage=75 of the pod's memory
    // limit, 1 GiB for intake and 768 MiB for the others.
    HOTLINE_INTAKE("hotline-intake", 8081, 768),
    DISPATCH_SERVICE("dispatch-service", 8082, 576),
    RESIDENT_REGISTRY("resident-registry", 8083, 576),
    NOTIFICATION_SERVICE("notification-service", 8084, 576);

    private final String moduleDirectory;
    private final int defaultPort;
    private final int maxHeapMegabytes;

    Service(String moduleDirectory, int defaultPort, int maxHeapMegabytes) {
        this.moduleDirectory = moduleDirectory;
        this.defaultPort = defaultPort;
        this.maxHeapMegabytes = maxHeapMegabytes;
    }

    /** The module's directory under the project root, also the service's name in logs and tables. */
    public String moduleDirectory() {
        return moduleDirectory;
    }

    /** The HTTP port of the service in a persistent local stack. */
    public int defaultPort() {
        return defaultPort;
    }

    /**
     * The JVM options the service runs with. Without a maximum heap the JVM takes a quarter of the machine's memory
     * (6 GB of 24) and grows the heap rather than collect: a service's memory then climbs for as long as it runs.
     */
    public List<String> jvmOptions() {
        return List.of("-Xmx" + maxHeapMegabytes + "m");
    }

    /** The runnable jar that {@code mvn package} builds for the service. */
    public Path runnableJar(Path projectRoot) {
        return projectRoot.resolve(moduleDirectory).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
