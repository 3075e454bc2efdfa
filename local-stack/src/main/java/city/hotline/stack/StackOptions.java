package city.hotline.stack;

import java.nio.file.Path;

/**
 * How to run a {@link Stack}.
 *
 * @param projectRoot  the directory holding the service modules
 * @param persistent   {@code true}: fixed ports and data kept under {@code <root>/.hotline/data} across runs;
 *                     {@code false}: free ports and throw-away data, for tests
 * @param demoData     whether the resident registry loads the demo communities, buildings and workers
 * @param logDirectory where each service writes {@code <module>.log}
 */
public record StackOptions(Path projectRoot, boolean persistent, boolean demoData, Path logDirectory) {

    public StackOptions {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        logDirectory = logDirectory.toAbsolutePath().normalize();
    }

    /** The local stack a developer runs: fixed ports, data kept, logs in {@code <root>/.hotline/logs}. */
    public static StackOptions persistent(Path projectRoot) {
        return new StackOptions(projectRoot, true, false, stateDirectory(projectRoot).resolve("logs"));
    }

    /**
     * A stack for tests: free ports, throw-away data, logs in {@code <root>/.hotline/logs/ephemeral} so that they do
     * not mix with those of a persistent stack running at the same time.
     */
    public static StackOptions ephemeral(Path projectRoot) {
        return new StackOptions(projectRoot, false, false, stateDirectory(projectRoot).resolve("logs/ephemeral"));
    }

    public StackOptions withDemoData(boolean demoData) {
        return new StackOptions(projectRoot, persistent, demoData, logDirectory);
    }

    public StackOptions withLogDirectory(Path logDirectory) {
        return new StackOptions(projectRoot, persistent, demoData, logDirectory);
    }

    /** Where a persistent stack keeps PostgreSQL's and Kafka's data. */
    public Path dataDirectory() {
        return stateDirectory(projectRoot).resolve("data");
    }

    static Path stateDirectory(Path projectRoot) {
        return projectRoot.toAbsolutePath().normalize().resolve(".hotline");
    }
}
