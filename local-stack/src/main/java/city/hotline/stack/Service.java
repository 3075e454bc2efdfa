package city.hotline.stack;

import java.nio.file.Path;

/** The four services of the hotline, each a Quarkus application in its own module. */
public enum Service {

    HOTLINE_INTAKE("hotline-intake", 8081),
    DISPATCH_SERVICE("dispatch-service", 8082),
    RESIDENT_REGISTRY("resident-registry", 8083),
    NOTIFICATION_SERVICE("notification-service", 8084);

    private final String moduleDirectory;
    private final int defaultPort;

    Service(String moduleDirectory, int defaultPort) {
        this.moduleDirectory = moduleDirectory;
        this.defaultPort = defaultPort;
    }

    /** The module's directory under the project root, also the service's name in logs and tables. */
    public String moduleDirectory() {
        return moduleDirectory;
    }

    /** The HTTP port of the service in a persistent local stack. */
    public int defaultPort() {
        return defaultPort;
    }

    /** The runnable jar that {@code mvn package} builds for the service. */
    public Path runnableJar(Path projectRoot) {
        return projectRoot.resolve(moduleDirectory).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
