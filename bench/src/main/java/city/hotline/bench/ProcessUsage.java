package city.hotline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the processes of the stack, read from Linux's /proc: a service is one JVM; the
 * PostgreSQL server is its postmaster and every backend under it; the Kafka broker is a JVM of its own; the
 * benchmark's JVM is the load generator.
 */
final class ProcessUsage {

    /** Linux's USER_HZ: the unit of utime and stime in /proc/[pid]/stat on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100;

    /** The benchmark's JVM, whose descendants (the services, Kafka) are counted in their own groups. */
    private static final String BENCHMARK = "bench";
    /** What the command line of the stack's Kafka broker runs. */
    private static final String KAFKA_MAIN_CLASS = "city.hotline.infrastructure.KafkaBrokerProcess";

    /** Named groups of processes: a group's figures are the sums over its processes and their descendants. */
    private final Map<String, List<ProcessHandle>> groups;

    private ProcessUsage(Map<String, List<ProcessHandle>> groups) {
        this.groups = groups;
    }

    /**
     * @param stackProcesses the processes the stack started, named by which module's jar they run, or Kafka by its main
     *                       class; any other is PostgreSQL
     */
    static ProcessUsage of(List<ProcessHandle> stackProcesses, List<String> serviceModules) {
        Map<String, List<ProcessHandle>> groups = new LinkedHashMap<>();
        for (ProcessHandle process : stackProcesses) {
            String commandLine = process.info().commandLine().orElse("");
            String name = serviceModules.stream().filter(module -> commandLine.contains(module + "/target"))
                    .findFirst().orElse(commandLine.contains(KAFKA_MAIN_CLASS) ? "kafka" : "postgresql");
            groups.computeIfAbsent(name, k -> new ArrayList<>()).add(process);
        }
        return new ProcessUsage(groups);
    }

    /** Adds the benchmark's own JVM, alone: it runs the load generator. */
    ProcessUsage withBenchmark() {
        Map<String, List<ProcessHandle>> all = new LinkedHashMap<>(groups);
        all.put(BENCHMARK, List.of(ProcessHandle.current()));
        return new ProcessUsage(all);
    }

    static ProcessUsage none() {
        return new ProcessUsage(Map.of());
    }

    /** One reading of every group. */
    record Sample(long nanoTime, Map<String, Reading> readings) {
    }

    /**
     * @param cpuSeconds    user plus system CPU since the processes started
     * @param jitCpuSeconds the part of it spent by HotSpot's C1 and C2 compiler threads: while it still grows, the JVM
     *                      is still warming up
     * @param rssBytes      summed over the processes
     */
    record Reading(double cpuSeconds, double jitCpuSeconds, long rssBytes) {
    }

    Sample sample() {
        Map<String, Reading> readings = new LinkedHashMap<>();
        groups.forEach((name, roots) -> {
            double cpu = 0;
            double jit = 0;
            long rss = 0;
            List<ProcessHandle> processes = name.equals(BENCHMARK) ? roots : withDescendants(roots);
            for (ProcessHandle process : processes) {
                Path proc = Path.of("/proc", String.valueOf(process.pid()));
                cpu += cpuSeconds(proc);
                jit += compilerCpuSeconds(proc);
                rss += rssBytes(process.pid());
            }
            readings.put(name, new Reading(cpu, jit, rss));
        });
        return new Sample(System.nanoTime(), readings);
    }

    private static List<ProcessHandle> withDescendants(List<ProcessHandle> roots) {
        return roots.stream().flatMap(root -> Stream.concat(Stream.of(root), root.descendants())).toList();
    }

    /**
     * CPU of the threads HotSpot names "C1 CompilerThre…" and "C2 CompilerThre…" (a thread name is cut at 15). On two
     * cores a JVM has one of each and keeps them; on a larger machine the JVM may end extra compiler threads, whose
     * CPU then drops out of the sum.
     */
    private static double compilerCpuSeconds(Path proc) {
        try (Stream<Path> threads = Files.list(proc.resolve("task"))) {
            return threads.filter(thread -> read(thread.resolve("comm")).matches("C[12] CompilerThre\\w*\\s*"))
                    .mapToDouble(ProcessUsage::cpuSeconds).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** From the {@code stat} file of a process or thread directory under /proc. */
    private static double cpuSeconds(Path proc) {
        String stat = read(proc.resolve("stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static long rssBytes(long pid) {
        return read(Path.of("/proc", String.valueOf(pid), "status")).lines()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                .findFirst().orElse(0L);
    }

    /** A process may end between listing and reading: it then counts nothing. */
    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
