package city.hotline.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running launcher records in {@code <root>/.hotline} so that later {@code status} and {@code down} commands,
 * run in other JVMs, can find it:
 * <ul>
 *   <li>{@code stack.lock}: locked by the launcher for as long as it lives; the operating system releases the lock
 *       when the launcher dies, however it dies, so a held lock means a live launcher, whatever a stale pid file says;
 *   <li>{@code stack.pid}: the launcher's process id;
 *   <li>{@code children.pids}: the processes that outlive a killed launcher (services, PostgreSQL), each with its
 *       start time so that a reused pid is never mistaken for one of them;
 *   <li>{@code stack.properties}: the {@link StackEndpoints} of the running stack.
 * </ul>
 */
final class StackDirectory {

    private final Path directory;

    StackDirectory(Path projectRoot) {
        this.directory = StackOptions.stateDirectory(projectRoot);
    }

    /** Takes the launcher's lock, held until this JVM exits; empty if another launcher holds it. */
    Optional<FileLock> lockForLauncher() {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return Optional.ofNullable(lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + lockFile(), e);
        }
    }

    /** Whether a launcher holds the lock now. */
    boolean isLauncherRunning() {
        if (!Files.exists(lockFile())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock " + lockFile(), e);
        }
    }

    void recordLauncher(ProcessHandle launcher) {
        write(directory.resolve("stack.pid"), launcher.pid() + System.lineSeparator());
    }

    /** The launcher's process, if one is running. */
    Optional<ProcessHandle> launcher() {
        Path pidFile = directory.resolve("stack.pid");
        if (!isLauncherRunning() || !Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(read(pidFile).trim()));
    }

    void recordChildren(List<ProcessHandle> children) {
        StringBuilder lines = new StringBuilder();
        for (ProcessHandle child : children) {
            lines.append(child.pid()).append(' ')
                    .append(child.info().startInstant().map(Instant::toEpochMilli).orElse(0L))
                    .append(System.lineSeparator());
        }
        write(childrenFile(), lines.toString());
    }

    /** The recorded children that are still running. */
    List<ProcessHandle> livingChildren() {
        if (!Files.exists(childrenFile())) {
            return List.of();
        }
        return read(childrenFile()).lines()
                .map(line -> line.split(" "))
                .flatMap(fields -> ProcessHandle.of(Long.parseLong(fields[0]))
                        .filter(process -> startedAt(process, Long.parseLong(fields[1])))
                        .stream())
                .toList();
    }

    private static boolean startedAt(ProcessHandle process, long startMillis) {
        return process.isAlive() && process.info().startInstant()
                .map(start -> start.toEpochMilli() == startMillis)
                .orElse(startMillis == 0);
    }

    void recordEndpoints(StackEndpoints endpoints) {
        try (Writer writer = Files.newBufferedWriter(endpointsFile(), StandardCharsets.UTF_8)) {
            endpoints.toProperties().store(writer, "Where the running hotline stack can be reached");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + endpointsFile(), e);
        }
    }

    Optional<StackEndpoints> endpoints() {
        if (!Files.exists(endpointsFile())) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(endpointsFile(), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return Optional.of(StackEndpoints.fromProperties(properties));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + endpointsFile(), e);
        }
    }

    /** Deletes the records of a stack that has stopped. The lock file stays: it is only ever locked, never read. */
    void forget() {
        for (Path file : List.of(directory.resolve("stack.pid"), childrenFile(), endpointsFile())) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + file, e);
            }
        }
    }

    private Path lockFile() {
        return directory.resolve("stack.lock");
    }

    private Path childrenFile() {
        return directory.resolve("children.pids");
    }

    private Path endpointsFile() {
        return directory.resolve("stack.properties");
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
