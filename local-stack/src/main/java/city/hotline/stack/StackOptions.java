package city.hotline.stack;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run a {@link Stack}.
 *
 * @param projectRoot  the directory holding the service modules
 * @param persistent   {@code true}: fixed ports and data kept under {@code <root>/.hotline/data} across runs;
 *                     {@code false}: free ports and throw-away data, for tests
 * @param demoData     whether the resident registry loads the demo communities, buildings and workers
 * @param logDirectory where each service writes {@code <module>.log}
 * @param killableDataDirectory for fault injection (free ports only): where PostgreSQL, committing durably, and Kafka,
 *                     in a process of its own, keep their data, so that either can be killed with SIGKILL and started
 *                     again; empty for Kafka in this JVM and, in an ephemeral stack, throw-away data
 */
public record StackOptions(Path projectRoot, boolean persistent, boolean demoData, Path logDirectory,
                           Optional<Path> killableDataDirectory) {

    public StackOptions {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        logDirectory = logDirectory.toAbsolutePath().normalize();
        killableDataDirectory = killableDataDirectory.map(directory -> directory.toAbsolutePath().normalize());
        if (persistent && killableDataDirectory.isPresent()) {
            throw new IllegalArgumentException("Fault injection needs free ports, not the persistent stack's");
        }
    }

    public StackOptions(Path projectRoot, boolean persistent, boolean demoData, Path logDirectory) {
        this(projectRoot, persistent, demoData, logDirectory, Optional.empty());
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
        return new StackOptions(projectRoot, persistent, demoData, logDirectory, killableDataDirectory);
    }

    public StackOptions withLogDirectory(Path logDirectory) {
        return new StackOptions(projectRoot, persistent, demoData, logDirectory, killableDataDirectory);
    }

    /** PostgreSQL and Kafka that a test can kill and start again, their data kept under {@code dataDirectory}. */
    public StackOptions withKillableInfrastructure(Path dataDirectory) {
        return new StackOptions(projectRoot, persistent, demoData, logDirectory, Optional.of(dataDirectory));
    }

    /** Where a persistent stack keeps PostgreSQL's and Kafka's data. */
    public Path dataDirectory() {
        return stateDirectory(projectRoot).resolve("data");
    }

    static Path stateDirectory(Path projectRoot) {
        return projectRoot.toAbsolutePath().normalize().resolve(".hotline");
    }
}
