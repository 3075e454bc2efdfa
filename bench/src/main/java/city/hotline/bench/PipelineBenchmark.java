package city.hotline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.infrastructure.Directories;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.load.CallMix;
import city.hotline.load.CommunityTree;
import city.hotline.load.Database;
import city.hotline.stack.Service;
import city.hotline.stack.Stack;
import city.hotline.stack.StackOptions;

/**
 * Drives the whole hotline at a fixed rate of calls and reports what it sustained, how fast calls became assigned
 * tickets and notifications, and how that compares with the raw ceilings of Kafka and PostgreSQL on the same machine.
 *
 * <p>Phases: start the stack (or use the given one); register the generated communities; warm up with one call into
 * every community (which also creates each community's dispatch topic, as a running city already has them); the
 * measured phase; wait until the pipeline has drained; read the stored timestamps; measure the ceilings.
 */
public final class PipelineBenchmark {

    private static final double WARM_UP_RATE = 25;
    private static final Duration DRAIN_STALL = Duration.ofSeconds(30);
    private static final Duration COMMUNITIES_KNOWN_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> SERVICE_MODULES = List.of(Service.values()).stream()
            .map(Service::moduleDirectory).toList();

    private final BenchOptions options;
    private final ObjectMapper json = new ObjectMapper();

    private PipelineBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new PipelineBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Stack stack = null;
        Path infrastructureData = null;
        try {
            String intake;
            String registry;
            String kafka;
            String token;
            Database database;
            ProcessUsage usage;
            if (options.intakeUrl().isPresent()) {
                intake = options.intakeUrl().get();
                registry = options.registryUrl().orElseThrow();
                kafka = options.kafkaBootstrapServers().orElseThrow();
                token = options.token().orElseThrow();
                database = new Database(options.jdbcUrl().orElseThrow(), options.databaseUsername(),
                        options.databasePassword());
                usage = ProcessUsage.none();
            } else {
                log("starting the stack from " + options.projectRoot());
                // As a city runs it: PostgreSQL flushes every commit to disk before acknowledging it (a test stack's
                // does not), and Kafka runs in a process of its own, measured apart from the load generator.
                infrastructureData = Files.createTempDirectory("hotline-bench-");
                stack = Stack.start(StackOptions.ephemeral(options.projectRoot()).withDemoData(true)
                        .withLogDirectory(options.projectRoot().resolve("bench/target/stack-logs"))
                        .withKillableInfrastructure(infrastructureData));
                intake = stack.url(Service.HOTLINE_INTAKE);
                registry = stack.url(Service.RESIDENT_REGISTRY);
                kafka = stack.kafkaBootstrapServers();
                token = stack.token(Grant.of(Role.ADMIN));
                database = new Database(stack.jdbcUrl(), stack.databaseUsername(), stack.databasePassword());
                usage = ProcessUsage.of(stack.externalProcesses(), SERVICE_MODULES).withBenchmark();
            }
            measure(intake, registry, kafka, token, database, usage);
        } finally {
            if (stack != null) {
                stack.close();
            }
            if (infrastructureData != null) {
                Directories.deleteRecursively(infrastructureData);
            }
        }
    }

    private void measure(String intake, String registry, String kafka, String token, Database database,
            ProcessUsage usage)
            throws Exception {
        CommunityTree tree = new CommunityTree(options.communities());
        List<String> communities = tree.communityCodes();
        try (OpenLoopDriver driver = new OpenLoopDriver(intake, token, json, options.connections())) {
            measure(driver, registry, kafka, token, database, usage, communities, tree);
        }
    }

    private void measure(OpenLoopDriver driver, String registry, String kafka, String token, Database database,
            ProcessUsage usage, List<String> communities, CommunityTree tree) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        CallMix mix = new CallMix(communities, 12345L);
        PipelineTimes times = new PipelineTimes(database);

        tree.registerWith(registry, token, json, PipelineBenchmark::log);
        awaitKnown(times, communities);

        // At most the lowest rate measured so far: a warm-up that overloads the pipeline only delays the measurement.
        double warmUpRate = Math.min(options.rate(), WARM_UP_RATE);
        log("warm-up: one call into each of " + communities.size() + " communities at " + warmUpRate + "/s");
        Instant warmUpStart = Instant.now();
        OpenLoopDriver.Load warmUp = driver.run(warmUpRate, communities.size(), runId + "-w",
                (n, at) -> mix.callInto(communities.get((int) n), n, at));
        log("warm-up: " + warmUp.accepted() + " accepted, errors " + warmUp.errors());
        awaitDrained(times, warmUpStart);

        long callCount = Math.round(options.rate() * options.duration().toNanos() / 1e9);
        long sizeBefore = database.sizeBytes();
        AtomicReference<Map<String, Long>> peakRss = new AtomicReference<>(new LinkedHashMap<>());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> usage.sample().readings().forEach((name, reading) ->
                peakRss.get().merge(name, reading.rssBytes(), Math::max)), 0, 1, TimeUnit.SECONDS);
        ProcessUsage.Sample before = usage.sample();
        MachineLoad machineBefore = MachineLoad.now();
        log("measured: " + callCount + " calls at " + options.rate() + "/s over " + options.duration());
        OpenLoopDriver.Load load = driver.run(options.rate(), callCount, runId + "-m",
                (n, at) -> mix.call(n, at));
        ProcessUsage.Sample afterLoad = usage.sample();
        MachineLoad machineAfter = MachineLoad.now();
        log("measured: " + load.accepted() + " accepted at " + RunReport.round(load.acceptedRate())
                + "/s, errors " + load.errors());
        PipelineTimes.Progress progress = awaitDrained(times, load.start());
        ProcessUsage.Sample afterDrain = usage.sample();
        sampler.shutdownNow();
        long sizeAfter = database.sizeBytes();
        PipelineTimes.Latencies latencies = times.latencies(load.start());

        int recordBytes = KafkaCeiling.meanRecordBytes(kafka, "hotline.calls");
        log("Kafka ceiling: " + recordBytes + "-byte records, acks=all, idempotent, for " + options.ceilingDuration());
        double kafkaCeiling = KafkaCeiling.measure(kafka, recordBytes, options.ceilingDuration());
        log("PostgreSQL ceiling: single-row INSERT+COMMIT on " + options.poolSize() + " connections");
        double postgresCeiling = PostgresCeiling.measure(database, options.poolSize(), recordBytes,
                options.ceilingDuration());

        double pipelineRate = load.acceptedRate();
        double drainSeconds = (afterDrain.nanoTime() - before.nanoTime()) / 1e9;
        double loadSeconds = (afterLoad.nanoTime() - before.nanoTime()) / 1e9;
        Map<String, Object> processes = new LinkedHashMap<>();
        before.readings().forEach((name, start) -> {
            ProcessUsage.Reading end = afterDrain.readings().get(name);
            ProcessUsage.Reading endOfLoad = afterLoad.readings().get(name);
            processes.put(name, Map.of(
                    "cpu_seconds_until_drained", RunReport.round(end.cpuSeconds() - start.cpuSeconds()),
                    "cores_during_load", Math.round((endOfLoad.cpuSeconds() - start.cpuSeconds()) / loadSeconds * 100) / 100.0,
                    "rss_mb_before", start.rssBytes() >> 20,
                    "rss_mb_peak", peakRss.get().getOrDefault(name, end.rssBytes()) >> 20,
                    "rss_mb_after", end.rssBytes() >> 20));
        });
        double stackCores = processes.values().stream()
                .mapToDouble(figures -> (Double) ((Map<?, ?>) figures).get("cores_during_load")).sum();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("load_average_before", machineBefore.loadAverage());
        machine.put("load_average_after", machineAfter.loadAverage());
        machine.put("cores_busy_during_load", Math.round(machineBefore.coresBusyUntil(machineAfter) * 100) / 100.0);
        machine.put("cores_busy_of_the_stack_during_load", Math.round(stackCores * 100) / 100.0);
        double growthPerMillion = load.accepted() == 0 ? 0 : (sizeAfter - sizeBefore) * 1e6 / load.accepted();

        Instant now = Instant.now();
        RunReport report = new RunReport()
                .put("at", now.toString())
                .put("machine", machine)
                .put("offered_rate_per_s", options.rate())
                .put("connections", options.connections())
                .put("duration_s", options.duration().toSeconds())
                .put("communities", communities.size())
                .put("calls_sent", load.sent())
                .put("calls_accepted", load.accepted())
                .put("accepted_rate_per_s", RunReport.round(pipelineRate))
                .put("errors", load.errors())
                .put("max_in_flight", load.maxInFlight())
                .put("post_latency", RunReport.percentiles(load.latencyMicros()))
                .put("tickets_opened", progress.tickets())
                .put("tickets_assigned", progress.assigned())
                .put("tickets_notified", progress.notified())
                .put("call_to_assigned", RunReport.percentiles(latencies.toAssigned()))
                .put("call_to_notified", RunReport.percentiles(latencies.toNotified()))
                .put("classified_mix", latencies.mix())
                .put("drained_after_s", RunReport.round(drainSeconds))
                .put("kafka_record_bytes", recordBytes)
                .put("kafka_ceiling_per_s", RunReport.round(kafkaCeiling))
                .put("postgres_ceiling_per_s", RunReport.round(postgresCeiling))
                .put("postgres_ceiling_connections", options.poolSize())
                .put("pipeline_fraction_of_kafka", RunReport.round(pipelineRate / kafkaCeiling * 1000) / 1000)
                .put("pipeline_fraction_of_postgres", RunReport.round(pipelineRate / postgresCeiling * 1000) / 1000)
                .put("database_growth_mb_per_million_calls", Math.round(growthPerMillion / (1 << 20)))
                .put("processes", processes);
        String summary = summary(machine, load, progress, latencies, kafkaCeiling, postgresCeiling, recordBytes,
                growthPerMillion, drainSeconds, processes);
        Path file = report.write(options.resultDirectory(), now, summary, json);
        System.out.println(summary);
        System.out.println("Written: " + file);
    }

    private String summary(Map<String, Object> machine, OpenLoopDriver.Load load, PipelineTimes.Progress progress,
            PipelineTimes.Latencies latencies, double kafkaCeiling, double postgresCeiling, int recordBytes,
            double growthPerMillion, double drainSeconds, Map<String, Object> processes) {
        StringBuilder text = new StringBuilder();
        text.append("Offered %.0f calls/s for %ds over %d communities: %d sent, %d accepted (%.1f/s), errors %s, max in flight %d%n"
                .formatted(options.rate(), options.duration().toSeconds(), options.communities(), load.sent(),
                        load.accepted(), load.acceptedRate(), load.errors(), load.maxInFlight()));
        text.append("POST /api/calls     %s%n".formatted(RunReport.percentiles(load.latencyMicros())));
        text.append("Tickets: %d opened, %d assigned, %d notified; drained %.1fs after the load began%n"
                .formatted(progress.tickets(), progress.assigned(), progress.notified(), drainSeconds));
        text.append("Call -> ASSIGNED    %s%n".formatted(RunReport.percentiles(latencies.toAssigned())));
        text.append("Call -> notified    %s%n".formatted(RunReport.percentiles(latencies.toNotified())));
        text.append("Classified mix: %s%n".formatted(latencies.mix()));
        text.append("Kafka ceiling %.0f records/s (%d B, acks=all, idempotent): pipeline at %.1f%%%n"
                .formatted(kafkaCeiling, recordBytes, 100 * load.acceptedRate() / kafkaCeiling));
        text.append("PostgreSQL ceiling %.0f commits/s (%d connections): pipeline at %.1f%%%n"
                .formatted(postgresCeiling, options.poolSize(), 100 * load.acceptedRate() / postgresCeiling));
        text.append("Database growth: %.0f MB per million calls%n".formatted(growthPerMillion / (1 << 20)));
        text.append("Machine during the load: %s%n".formatted(machine));
        processes.forEach((name, figures) -> text.append("  %-22s %s%n".formatted(name, figures)));
        return text.toString();
    }

    /**
     * Waits until intake and dispatch know every community registered. They learn them from the registry's events,
     * spread over the registry topic's partitions, so the last community registered is not necessarily learned last.
     */
    private void awaitKnown(PipelineTimes times, List<String> communities) throws Exception {
        Instant deadline = Instant.now().plus(COMMUNITIES_KNOWN_TIMEOUT);
        long known;
        while ((known = times.communitiesKnown(communities)) < communities.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Intake and dispatch knew " + known + " of " + communities.size()
                        + " communities after " + COMMUNITIES_KNOWN_TIMEOUT);
            }
            Thread.sleep(500);
        }
        log("intake and dispatch know all " + communities.size() + " communities");
    }

    /** Waits until every ticket of the calls since {@code from} is assigned and notified, or progress stalls. */
    private PipelineTimes.Progress awaitDrained(PipelineTimes times, Instant from) throws Exception {
        PipelineTimes.Progress progress = times.progress(from);
        Instant lastChange = Instant.now();
        while (!progress.complete() && Duration.between(lastChange, Instant.now()).compareTo(DRAIN_STALL) < 0) {
            Thread.sleep(500);
            PipelineTimes.Progress now = times.progress(from);
            if (!now.equals(progress)) {
                lastChange = Instant.now();
            }
            progress = now;
        }
        log("pipeline: " + progress);
        return progress;
    }

    private static void log(String line) {
        System.out.println("[bench " + Instant.now() + "] " + line);
    }
}
