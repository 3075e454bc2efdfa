package city.hotline.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as a child process: {@code java -jar quarkus-run.jar}, its output in its log file. */
final class ServiceProcess {

    private final Service service;
    private final int port;
    private final Path logFile;
    private final Process process;
    /** Set before the process is stopped on purpose, so that its exit is not reported as a failure. */
    private volatile boolean stopping;

    private ServiceProcess(Service service, int port, Path logFile, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code service} with the given Quarkus settings as environment variables, in its module directory, so
     * that it reads the same {@code config/} and {@code .env} files as when started by hand from there. A restart
     * appends to the log of the run before.
     */
    static ServiceProcess start(Path java, Path projectRoot, Service service, int port,
                                Map<String, String> environment, Path logFile, boolean appendToLog) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(service.jvmOptions());
        command.addAll(ExtraJvmOptions.fromSystemProperty());
        command.addAll(FlightRecording.jvmOptions(service));
        command.add("-jar");
        command.add(service.runnableJar(projectRoot).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(projectRoot.resolve(service.moduleDirectory()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendToLog ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                        : ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(service, port, logFile, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.moduleDirectory(), e);
        }
    }

    Service service() {
        return service;
    }

    String url() {
        return "http://localhost:" + port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    void markStopping() {
        stopping = true;
    }

    boolean isStopping() {
        return stopping;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a process that has exited. */
    int exitCode() {
        return process.exitValue();
    }

    /** What went wrong, in the service's own words: the last lines of its log. */
    String logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    Path logFile() {
        return logFile;
    }
}
