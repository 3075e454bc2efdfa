package city.hotline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Each process's CPU, its JIT compilers' CPU and its resident memory, read every few seconds from the warm-up to the
 * last step: whether the JVMs have settled (compiler CPU near zero, CPU per call no longer falling) and whether a
 * service's memory stays flat over a long run are read off this series.
 */
final class UsageSeries implements AutoCloseable {

    /** One process over one interval: cores busy, of which its JIT compilers, and its RSS at the interval's end. */
    record ProcessPoint(double cores, double jitCores, long rssMegabytes) {
    }

    /** One interval, ending {@code atSeconds} after the series began, in the phase then running. */
    record Point(double atSeconds, String phase, double acceptedPerSecond, Map<String, ProcessPoint> processes) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("at_s", RunReport.round(atSeconds));
            json.put("phase", phase);
            json.put("accepted_per_s", RunReport.round(acceptedPerSecond));
            Map<String, Object> figures = new LinkedHashMap<>();
            processes.forEach((name, process) -> figures.put(name, Map.of(
                    "cores", hundredths(process.cores()),
                    "jit_cores", hundredths(process.jitCores()),
                    "rss_mb", process.rssMegabytes())));
            json.put("processes", figures);
            return json;
        }
    }

    private final ProcessUsage usage;
    private final LongSupplier accepted;
    private final Duration interval;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final List<Point> points = new ArrayList<>();
    private final long startNanos;
    private volatile String phase;
    private ProcessUsage.Sample last;
    private long lastAccepted;

    private UsageSeries(ProcessUsage usage, LongSupplier accepted, Duration interval, String phase) {
        this.usage = usage;
        this.accepted = accepted;
        this.interval = interval;
        this.phase = phase;
        this.last = usage.sample();
        this.lastAccepted = accepted.getAsLong();
        this.startNanos = last.nanoTime();
    }

    /**
     * @param accepted calls accepted so far, over all phases
     * @param phase    what runs from now on, as the series names it
     */
    static UsageSeries start(ProcessUsage usage, LongSupplier accepted, Duration interval, String phase) {
        UsageSeries series = new UsageSeries(usage, accepted, interval, phase);
        long millis = interval.toMillis();
        series.sampler.scheduleAtFixedRate(series::sample, millis, millis, TimeUnit.MILLISECONDS);
        return series;
    }

    /** Names the phase that runs from now on. */
    void phase(String name) {
        phase = name;
    }

    private void sample() {
        try {
            append();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: the series would end without a word.
            System.err.println("[bench] a usage sample failed: " + e);
        }
    }

    private synchronized void append() {
        ProcessUsage.Sample now = usage.sample();
        long acceptedNow = accepted.getAsLong();
        double seconds = (now.nanoTime() - last.nanoTime()) / 1e9;
        Map<String, ProcessPoint> processes = new LinkedHashMap<>();
        now.readings().forEach((name, reading) -> {
            ProcessUsage.Reading before = last.readings().get(name);
            processes.put(name, new ProcessPoint((reading.cpuSeconds() - before.cpuSeconds()) / seconds,
                    (reading.jitCpuSeconds() - before.jitCpuSeconds()) / seconds, reading.rssBytes() >> 20));
        });
        points.add(new Point((now.nanoTime() - startNanos) / 1e9, phase, (acceptedNow - lastAccepted) / seconds,
                processes));
        last = now;
        lastAccepted = acceptedNow;
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }

    /** The highest RSS read of a process while the phase ran; 0 if no reading fell in it. */
    synchronized long peakRssMegabytes(String process, String phaseName) {
        return points.stream().filter(point -> point.phase().equals(phaseName))
                .mapToLong(point -> point.processes().get(process).rssMegabytes()).max().orElse(0);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("interval_s", interval.toMillis() / 1000.0);
        json.put("points", points().stream().map(Point::toJson).toList());
        return json;
    }

    /** One line per interval: the calls accepted per second, then per process its cores (JIT's) and RSS. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Point point : points()) {
            text.append("%7.0fs %-14s %6.1f/s".formatted(point.atSeconds(), point.phase(), point.acceptedPerSecond()));
            point.processes().forEach((name, process) -> text.append("  %s %.2f (%.2f) %dM".formatted(
                    abbreviation(name), process.cores(), process.jitCores(), process.rssMegabytes())));
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String abbreviation(String process) {
        return process.substring(0, Math.min(process.length(), 5));
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
