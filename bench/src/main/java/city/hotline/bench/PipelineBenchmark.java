package city.hotline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

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
 * every community (which also creates each community's dispatch topic, as a running city already has them), then
 * with calls at a steady rate until the JVMs' JIT compilers have settled, as a city's services that run for days
 * have; the measured phase, one rate or steps of rising rates, each drained and its stored timestamps read before
 * the next; measure the ceilings. Each process's CPU and memory are sampled into a time series throughout.
 */
public final class PipelineBenchmark {

    /** The pass of one call into every community goes at most this fast, as it did before there was a warm-up rate. */
    private static final double COMMUNITY_PASS_RATE = 25;
    private static final Duration DRAIN_STALL = Duration.ofSeconds(30);
    private static final Duration COMMUNITIES_KNOWN_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> SERVICE_MODULES = List.of(Service.values()).stream()
            .map(Service::moduleDirectory).toList();

    private final BenchOptions options;
    private final ObjectMapper json = new ObjectMapper();
    /** The next call's sequence number: every phase draws new callers' phones, as a city's later calls would. */
    private long nextSequence = 1_000_000;

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
        // Enough buildings that every new matter of the run names one no earlier call named.
        CommunityTree tree = new CommunityTree(options.communities(),
                CallMix.buildingsFor(options.plannedCalls(), options.communities()));
        List<String> communities = tree.communityCodes();
        try (OpenLoopDriver driver = new OpenLoopDriver(intake, token, json, options.connections())) {
            measure(driver, registry, kafka, token, database, usage, communities, tree);
        }
    }

    private void measure(OpenLoopDriver driver, String registry, String kafka, String token, Database database,
            ProcessUsage usage, List<String> communities, CommunityTree tree) throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        CallMix mix = new CallMix(communities, tree.buildings(), options.repeatShare(), 12345L);
        PipelineTimes times = new PipelineTimes(database);
        MachineLoad machineAtStart = MachineLoad.now();

        tree.registerWith(registry, token, json, PipelineBenchmark::log);
        awaitKnown(times, communities);

        UsageSeries series = UsageSeries.start(usage, driver::acceptedSoFar, options.sampleInterval(),
                "communities");
        Map<String, Object> warmUpFigures = new LinkedHashMap<>();
        try {
            double passRate = Math.min(options.warmUpRate(), COMMUNITY_PASS_RATE);
            log("warm-up: one call into each of " + communities.size() + " communities at " + passRate + "/s");
            Instant passStart = Instant.now();
            OpenLoopDriver.Load pass = driver.run(passRate, communities.size(), runId + "-w",
                    (n, at) -> mix.callInto(communities.get((int) n), n, at));
            log("warm-up: " + pass.accepted() + " accepted, errors " + pass.errors());
            PipelineTimes.Progress passed = awaitDrained(times, passStart);
            warmUpFigures.put("community_pass", Map.of("calls", pass.sent(), "accepted", pass.accepted(),
                    "errors", pass.errors(), "outcomes", passed.figures()));

            long warmUpCalls = options.warmUpCalls();
            warmUpFigures.put("rate_per_s", options.warmUpRate());
            warmUpFigures.put("duration_s", options.warmUp().toSeconds());
            if (warmUpCalls > 0) {
                series.phase("warm-up");
                log("warm-up: " + warmUpCalls + " calls at " + options.warmUpRate() + "/s over " + options.warmUp());
                OpenLoopDriver.Load warmUp = driver.run(options.warmUpRate(), warmUpCalls, runId + "-s",
                        (n, at) -> mix.call(nextSequence + n, at));
                nextSequence += warmUpCalls;
                log("warm-up: " + warmUp.accepted() + " accepted, errors " + warmUp.errors());
                PipelineTimes.Progress warmed = awaitDrained(times, warmUp.start());
                warmUpFigures.put("calls", warmUp.sent());
                warmUpFigures.put("accepted", warmUp.accepted());
                warmUpFigures.put("errors", warmUp.errors());
                warmUpFigures.put("outcomes", warmed.figures());
            }

            long sizeBefore = database.sizeBytes();
            List<Step> steps = new ArrayList<>();
            for (double rate : options.rates()) {
                Step step = step(driver, mix, times, usage, series, rate, runId + "-m" + steps.size());
                steps.add(step);
                if (options.stepped() && !step.verdict().sustained()) {
                    log("not sustained at " + rate + "/s (" + String.join("; ", step.verdict().shortfalls())
                            + "): no higher step");
                    break;
                }
            }
            long sizeAfter = database.sizeBytes();
            series.close(); // the ceilings' load is not the pipeline's
            report(kafka, database, communities, tree.buildings(), machineAtStart, warmUpFigures, steps,
                    sizeAfter - sizeBefore, series);
        } finally {
            series.close();
        }
    }

    /** One rate held for the duration, then drained: what was accepted, how fast, and what it cost each process. */
    private Step step(OpenLoopDriver driver, CallMix mix, PipelineTimes times, ProcessUsage usage, UsageSeries series,
            double rate, String keyPrefix) throws Exception {
        String phase = RunReport.round(rate) + "/s";
        series.phase(phase);
        long callCount = options.callsAt(rate);
        ProcessUsage.Sample before = usage.sample();
        MachineLoad machineBefore = MachineLoad.now();
        log("measured: " + callCount + " calls at " + rate + "/s over " + options.duration());
        long firstSequence = nextSequence;
        OpenLoopDriver.Load load = driver.run(rate, callCount, keyPrefix, (n, at) -> mix.call(firstSequence + n, at));
        nextSequence += callCount;
        ProcessUsage.Sample afterLoad = usage.sample();
        MachineLoad machineAfter = MachineLoad.now();
        log("measured: " + load.accepted() + " accepted at " + RunReport.round(load.acceptedRate())
                + "/s, errors " + load.errors());
        PipelineTimes.Progress progress = awaitDrained(times, load.start());
        ProcessUsage.Sample afterDrain = usage.sample();
        series.phase("drain " + phase);
        PipelineTimes.Latencies latencies = times.latencies(load.start());

        double drainSeconds = (afterDrain.nanoTime() - before.nanoTime()) / 1e9;
        double loadSeconds = (afterLoad.nanoTime() - before.nanoTime()) / 1e9;
        double drainedAfterEnd = drainSeconds - callCount / rate;
        StepVerdict verdict = StepVerdict.of(load.sent(), load.accepted(),
                load.latencyMicros().getValueAtPercentile(99) / 1000.0, progress.complete(), drainedAfterEnd);
        Map<String, Object> processes = new LinkedHashMap<>();
        before.readings().forEach((name, start) -> {
            ProcessUsage.Reading end = afterDrain.readings().get(name);
            ProcessUsage.Reading endOfLoad = afterLoad.readings().get(name);
            Map<String, Object> figures = new LinkedHashMap<>();
            double cpuUntilDrained = end.cpuSeconds() - start.cpuSeconds();
            figures.put("cpu_seconds_until_drained", RunReport.round(cpuUntilDrained));
            figures.put("cpu_ms_per_stored_call",
                    progress.calls() == 0 ? 0 : RunReport.round(cpuUntilDrained * 1000 / progress.calls()));
            figures.put("jit_cpu_seconds_until_drained", RunReport.round(end.jitCpuSeconds() - start.jitCpuSeconds()));
            figures.put("cores_during_load", hundredths((endOfLoad.cpuSeconds() - start.cpuSeconds()) / loadSeconds));
            figures.put("rss_mb_before", start.rssBytes() >> 20);
            figures.put("rss_mb_peak", Math.max(series.peakRssMegabytes(name, phase),
                    Math.max(start.rssBytes(), end.rssBytes()) >> 20));
            figures.put("rss_mb_after", end.rssBytes() >> 20);
            processes.put(name, figures);
        });
        double stackCores = processes.values().stream()
                .mapToDouble(figures -> (Double) ((Map<?, ?>) figures).get("cores_during_load")).sum();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("load_average_before", machineBefore.loadAverage());
        machine.put("load_average_after", machineAfter.loadAverage());
        machine.put("cores_busy_during_load", hundredths(machineBefore.coresBusyUntil(machineAfter)));
        machine.put("cores_busy_of_the_stack_during_load", hundredths(stackCores));
        log("step " + phase + ": " + (verdict.sustained() ? "sustained" : "not sustained " + verdict.shortfalls()));
        return new Step(rate, load, progress, latencies, drainSeconds, drainedAfterEnd, verdict, processes, machine);
    }

    /** One step's figures, as the JSON keeps them (with one rate, also at its top level, as before steps). */
    private Map<String, Object> stepFigures(Step step) {
        OpenLoopDriver.Load load = step.load();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("offered_rate_per_s", step.rate());
        figures.put("duration_s", options.duration().toSeconds());
        figures.put("calls_sent", load.sent());
        figures.put("calls_accepted", load.accepted());
        figures.put("accepted_rate_per_s", RunReport.round(load.acceptedRate()));
        figures.put("errors", load.errors());
        figures.put("max_in_flight", load.maxInFlight());
        figures.put("post_latency", RunReport.percentiles(load.latencyMicros()));
        figures.putAll(step.progress().figures());
        figures.put("call_to_assigned", RunReport.percentiles(step.latencies().toAssigned()));
        figures.put("call_to_notified", RunReport.percentiles(step.latencies().toNotified()));
        figures.put("classified_mix", step.latencies().mix());
        figures.put("drained_after_s", RunReport.round(step.drainedAfterSeconds()));
        figures.put("drained_after_last_call_s", RunReport.round(step.drainedAfterEndSeconds()));
        figures.put("sustained", step.verdict().sustained());
        figures.put("shortfalls", step.verdict().shortfalls());
        figures.put("machine_during_load", step.machine());
        figures.put("processes", step.processes());
        return figures;
    }

    private void report(String kafka, Database database, List<String> communities, int buildings,
            MachineLoad machineAtStart,
            Map<String, Object> warmUp, List<Step> steps, long growthBytes, UsageSeries series) throws Exception {
        int recordBytes = KafkaCeiling.meanRecordBytes(kafka, "hotline.calls");
        log("Kafka ceiling: " + recordBytes + "-byte records, acks=all, idempotent, for " + options.ceilingDuration());
        double kafkaCeiling = KafkaCeiling.measure(kafka, recordBytes, options.ceilingDuration());
        log("PostgreSQL ceiling: single-row INSERT+COMMIT on " + options.poolSize() + " connections");
        double postgresCeiling = PostgresCeiling.measure(database, options.poolSize(), recordBytes,
                options.ceilingDuration());

        Optional<Double> highestSustained = StepVerdict.highestSustained(
                steps.stream().map(Step::rate).toList(), steps.stream().map(Step::verdict).toList());
        // The pipeline's rate beside the ceilings: the highest step it sustained, or with one rate, that rate's.
        double pipelineRate = steps.stream()
                .filter(step -> options.stepped() ? highestSustained.equals(Optional.of(step.rate())) : true)
                .mapToDouble(step -> step.load().acceptedRate()).findFirst().orElse(0);
        long accepted = steps.stream().mapToLong(step -> step.load().accepted()).sum();
        double growthPerMillion = accepted == 0 ? 0 : growthBytes * 1e6 / accepted;
        MachineLoad machineAtEnd = MachineLoad.now();
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("extra_jvm_options", System.getProperty("hotline.stack.jvm-options", ""));
        machine.put("load_average_at_start", machineAtStart.loadAverage());
        machine.put("load_average_at_end", machineAtEnd.loadAverage());

        Instant now = Instant.now();
        RunReport report = new RunReport()
                .put("at", now.toString())
                .put("machine", machine)
                .put("connections", options.connections())
                .put("communities", communities.size())
                .put("buildings_per_community", buildings)
                .put("repeat_share", options.repeatShare())
                .put("warm_up", warmUp);
        if (!options.stepped()) {
            stepFigures(steps.get(0)).forEach(report::put);
        }
        report.put("steps", steps.stream().map(this::stepFigures).toList())
                .put("highest_sustained_rate_per_s", highestSustained.orElse(null))
                .put("sustained_means", "no call refused or timed out, POST p99 under "
                        + StepVerdict.POST_P99_LIMIT_MS + " ms, every ticket assigned and notified within "
                        + StepVerdict.DRAIN_LIMIT_S + " s of the last call")
                .put("kafka_record_bytes", recordBytes)
                .put("kafka_ceiling_per_s", RunReport.round(kafkaCeiling))
                .put("postgres_ceiling_per_s", RunReport.round(postgresCeiling))
                .put("postgres_ceiling_connections", options.poolSize())
                .put("pipeline_fraction_of_kafka", RunReport.round(pipelineRate / kafkaCeiling * 1000) / 1000)
                .put("pipeline_fraction_of_postgres", RunReport.round(pipelineRate / postgresCeiling * 1000) / 1000)
                .put("database_growth_mb_per_million_calls", Math.round(growthPerMillion / (1 << 20)))
                .put("series", series.toJson());
        String summary = summary(machine, warmUp, steps, highestSustained, pipelineRate, kafkaCeiling,
                postgresCeiling, recordBytes, growthPerMillion, series);
        Path file = report.write(options.resultDirectory(), now, summary, json);
        System.out.println(summary);
        System.out.println("Written: " + file);
    }

    private String summary(Map<String, Object> machine, Map<String, Object> warmUp, List<Step> steps,
            Optional<Double> highestSustained, double pipelineRate, double kafkaCeiling, double postgresCeiling,
            int recordBytes, double growthPerMillion, UsageSeries series) {
        StringBuilder text = new StringBuilder();
        text.append("%d communities; calls repeating a recent matter: %.1f %%; warm-up %s; machine %s%n".formatted(
                options.communities(), 100 * options.repeatShare(), warmUp, machine));
        for (Step step : steps) {
            OpenLoopDriver.Load load = step.load();
            text.append("%nOffered %.0f calls/s for %ds: %d sent, %d accepted (%.1f/s), errors %s, max in flight %d%n"
                    .formatted(step.rate(), options.duration().toSeconds(), load.sent(), load.accepted(),
                            load.acceptedRate(), load.errors(), load.maxInFlight()));
            text.append("POST /api/calls     %s%n".formatted(RunReport.percentiles(load.latencyMicros())));
            text.append("%s; drained %.1fs after the load began, %.1fs after its last call%n"
                    .formatted(step.progress().text(), step.drainedAfterSeconds(), step.drainedAfterEndSeconds()));
            text.append("Call -> ASSIGNED    %s%n".formatted(RunReport.percentiles(step.latencies().toAssigned())));
            text.append("Call -> notified    %s%n".formatted(RunReport.percentiles(step.latencies().toNotified())));
            text.append("Classified mix: %s%n".formatted(step.latencies().mix()));
            text.append("%s%n".formatted(step.verdict().sustained() ? "Sustained"
                    : "Not sustained: " + String.join("; ", step.verdict().shortfalls())));
            text.append("Machine during the load: %s%n".formatted(step.machine()));
            step.processes().forEach((name, figures) -> text.append("  %-22s %s%n".formatted(name, figures)));
        }
        if (options.stepped()) {
            text.append("%nHighest rate sustained: %s%n".formatted(
                    highestSustained.map(rate -> RunReport.round(rate) + " calls/s").orElse("none")));
        }
        text.append("Kafka ceiling %.0f records/s (%d B, acks=all, idempotent): pipeline at %.1f%%%n"
                .formatted(kafkaCeiling, recordBytes, 100 * pipelineRate / kafkaCeiling));
        text.append("PostgreSQL ceiling %.0f commits/s (%d connections): pipeline at %.1f%%%n"
                .formatted(postgresCeiling, options.poolSize(), 100 * pipelineRate / postgresCeiling));
        text.append("Database growth: %.0f MB per million calls%n".formatted(growthPerMillion / (1 << 20)));
        text.append("%nEvery %ss: phase, calls accepted/s, per process cores (of them JIT) and RSS%n"
                .formatted(options.sampleInterval().toSeconds()));
        text.append(series.text());
        return text.toString();
    }

    /** What one step of the measured phase produced. */
    private record Step(double rate, OpenLoopDriver.Load load, PipelineTimes.Progress progress,
            PipelineTimes.Latencies latencies, double drainedAfterSeconds, double drainedAfterEndSeconds,
            StepVerdict verdict, Map<String, Object> processes, Map<String, Object> machine) {
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
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
