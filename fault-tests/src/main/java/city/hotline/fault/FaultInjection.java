package city.hotline.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.load.CallMix;
import city.hotline.load.CommunityTree;
import city.hotline.load.Database;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.stack.Service;
import city.hotline.stack.Stack;
import city.hotline.stack.StackOptions;

/**
 * Kills the hotline's processes one after the other while an operators' client posts a steady stream of calls, then
 * checks from the databases and topics that no acknowledged call was lost or handled twice.
 *
 * <p>Phases: start a stack whose PostgreSQL and Kafka can be killed (services as child processes, Kafka in a JVM of
 * its own, PostgreSQL committing durably); register generated communities; wait until a probe call becomes a notified
 * ticket; start the stream; inject each fault, start what was killed, and time until a new probe call is a notified
 * ticket again; end the stream; wait until the pipeline has settled; check; report.
 */
public final class FaultInjection {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration SETTLE_STALL = Duration.ofMinutes(2);
    private static final Duration SETTLE_LIMIT = Duration.ofMinutes(15);

    private final FaultOptions options;
    private final ObjectMapper json = new ObjectMapper();

    private Stack stack;
    private RunChecks checks;
    private OperatorClient client;

    private FaultInjection(FaultOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        FaultOptions options;
        try {
            options = FaultOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean passed = new FaultInjection(options).run();
        System.exit(passed ? 0 : 1);
    }

    /** One fault as it went: when, and how long until the killed part was back and until calls flowed again. */
    private record FaultResult(Fault fault, Instant injected, Instant back, Instant recovered,
            Map<String, Object> extra, long calls) {

        FaultResult withCalls(long calls) {
            return new FaultResult(fault, injected, back, recovered, extra, calls);
        }
    }

    private boolean run() throws Exception {
        deleteRecursively(options.workDirectory());
        log("starting the stack from " + options.projectRoot() + " (work directory " + options.workDirectory() + ")");
        stack = Stack.start(StackOptions.ephemeral(options.projectRoot())
                .withLogDirectory(options.workDirectory().resolve("logs"))
                .withKillableInfrastructure(options.workDirectory().resolve("data")));
        try {
            Database database = new Database(stack.jdbcUrl(), stack.databaseUsername(), stack.databasePassword());
            checks = new RunChecks(database, stack.kafkaBootstrapServers());
            client = new OperatorClient(stack.url(Service.HOTLINE_INTAKE), stack.token(Grant.of(Role.OPERATOR)), json,
                    REQUEST_TIMEOUT, options.giveUpAfter());
            return inject();
        } finally {
            stack.close();
        }
    }

    private boolean inject() throws Exception {
        // The stream's communities, then one community per probe, so that a probe never joins a stream call's ticket.
        CommunityTree tree = new CommunityTree(options.communities() + options.faults().size() + 1,
                CallMix.buildingsFor(options.calls(), options.communities()));
        List<String> codes = tree.communityCodes();
        List<String> streamCommunities = codes.subList(0, options.communities());
        List<String> probeCommunities = codes.subList(options.communities(), codes.size());
        tree.registerWith(stack.url(Service.RESIDENT_REGISTRY), stack.token(Grant.of(Role.ADMIN)), json,
                FaultInjection::log);
        String runId = Long.toString(System.currentTimeMillis(), 36);

        // The last community registered is the last the intake learns of.
        Instant baselineStart = Instant.now();
        Duration baseline = Duration.between(baselineStart,
                probe(probeCommunities.get(probeCommunities.size() - 1), runId + "-probe-base", baselineStart));
        log("a probe call became a notified ticket in " + seconds(baseline) + " s; the stream starts");

        // One stretch of the stream per fault, the fault striking halfway through it: calls are in flight when the
        // process dies, and the rest arrive while it is down. A continuous stream would send thousands of calls
        // during restarts that take minutes on a shared machine.
        CallMix mix = new CallMix(streamCommunities, tree.buildings(), CallMix.DEFAULT_REPEAT_SHARE, 12345L);
        long perFault = (options.calls() + options.faults().size() - 1) / options.faults().size();
        Duration halfway = Duration.ofMillis(Math.round(perFault / options.rate() * 500));
        Instant streamStart = Instant.now();
        List<OperatorClient.Stream> stretches = new ArrayList<>();
        List<FaultResult> results = new ArrayList<>();
        for (int i = 0; i < options.faults().size(); i++) {
            pause(options.settle());
            long first = i * perFault;
            long count = Math.min(perFault, options.calls() - first);
            CompletableFuture<OperatorClient.Stream> stretch = CompletableFuture.supplyAsync(() ->
                    client.run(options.rate(), first, count, runId, mix::call));
            pause(halfway);
            FaultResult result = inject(options.faults().get(i), probeCommunities.get(i), runId + "-probe-" + i);
            OperatorClient.Stream sent = stretch.join();
            results.add(result.withCalls(sent.outcomes().size()));
            log(options.faults().get(i).option() + ": " + sent.acknowledged() + " of " + sent.outcomes().size()
                    + " calls acknowledged");
            stretches.add(sent);
        }
        OperatorClient.Stream calls = OperatorClient.Stream.of(stretches, client.failedAttempts());
        log("stream over: " + calls.outcomes().size() + " calls sent, " + calls.acknowledged() + " acknowledged");

        RunChecks.Pipeline pipeline = awaitSettled(runId);
        RunChecks.Topics topics = checks.topics();
        RunChecks.Calls stored = checks.calls(calls, runId, streamStart);
        return report(calls, stored, pipeline, topics, results, baseline);
    }

    private FaultResult inject(Fault fault, String probeCommunity, String probeKey) throws Exception {
        log(fault.option() + ": " + fault.description());
        Instant injected = Instant.now();
        Map<String, Object> extra = new LinkedHashMap<>();
        Instant recovered = null;
        switch (fault) {
            case KILL_INTAKE, KILL_DISPATCH, KILL_REGISTRY, KILL_NOTIFICATION -> {
                stack.kill(fault.service());
                stack.restart(fault.service());
            }
            case KILL_KAFKA -> {
                stack.killKafka();
                pause(options.down());
                stack.startKafka();
            }
            case KILL_POSTGRES -> {
                stack.killPostgres();
                pause(options.down());
                stack.startPostgres();
            }
            case REGISTRY_OUTAGE -> {
                stack.stop(Service.RESIDENT_REGISTRY);
                // Calls keep becoming assigned tickets without the registry: the probe must get through meanwhile.
                recovered = probe(probeCommunity, probeKey, injected);
                pause(options.registryOutage().minus(Duration.between(injected, Instant.now())));
                extra.put("tickets_assigned_while_registry_away", checks.assignedBetween(injected, Instant.now()));
                extra.put("registry_away_s", seconds(Duration.between(injected, Instant.now())));
                stack.restart(Service.RESIDENT_REGISTRY);
            }
            default -> throw new IllegalStateException("No injection for " + fault);
        }
        Instant back = Instant.now();
        log(fault.option() + ": back after " + seconds(Duration.between(injected, back)) + " s");
        if (recovered == null) {
            recovered = probe(probeCommunity, probeKey, injected);
        }
        log(fault.option() + ": a new call became a notified ticket " + seconds(Duration.between(injected, recovered))
                + " s after the fault");
        return new FaultResult(fault, injected, back, recovered, extra, 0);
    }

    /**
     * Posts a call that needs a ticket into {@code community} (retrying as the stream does) and returns when its
     * ticket is assigned and the worker notified. A 400 means the intake does not know the community yet.
     */
    private Instant probe(String community, String key, Instant since) throws Exception {
        Instant deadline = since.plus(PROBE_TIMEOUT);
        int attempt = 0;
        OperatorClient.Outcome taken;
        do {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", "1号院1号楼1单元有人被困在电梯里，物业电话打不通，请马上派人");
            body.put("callerPhone", "13700000000");
            body.put("communityCode", community);
            body.put("address", "1号院1号楼1单元");
            taken = client.take(-1, key + "-" + attempt++, client.toJson(body)).join();
            if (taken.status() == 400 && Instant.now().isBefore(deadline)) {
                pause(Duration.ofSeconds(1));
            }
        } while (taken.status() == 400 && Instant.now().isBefore(deadline));
        if (!taken.acknowledged() || taken.ticketId() == null) {
            throw new IllegalStateException("The probe call into " + community + " was not taken with a ticket: "
                    + taken);
        }
        while (!notified(taken.ticketId())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Ticket " + taken.ticketId() + " was not notified within "
                        + PROBE_TIMEOUT);
            }
            pause(Duration.ofMillis(500));
        }
        return Instant.now();
    }

    private boolean notified(String ticketId) {
        try {
            return checks.notified(ticketId);
        } catch (SQLException e) {
            // PostgreSQL is still coming back.
            return false;
        }
    }

    /** Waits until every call's ticket is assigned and notified, outboxes are empty and no consumer lags. */
    private RunChecks.Pipeline awaitSettled(String runId) throws Exception {
        Instant start = Instant.now();
        Instant lastChange = start;
        RunChecks.Pipeline pipeline = checks.pipeline(runId);
        long lag = checks.topics().lag();
        while (!(pipeline.settled() && lag == 0)) {
            if (Duration.between(lastChange, Instant.now()).compareTo(SETTLE_STALL) > 0
                    || Duration.between(start, Instant.now()).compareTo(SETTLE_LIMIT) > 0) {
                log("the pipeline did not settle: " + pipeline + ", consumer lag " + lag);
                break;
            }
            pause(Duration.ofSeconds(2));
            RunChecks.Pipeline now = checks.pipeline(runId);
            long lagNow = checks.topics().lag();
            if (!now.equals(pipeline) || lagNow != lag) {
                lastChange = Instant.now();
            }
            pipeline = now;
            lag = lagNow;
        }
        log("settled " + seconds(Duration.between(start, Instant.now())) + " s after the stream ended");
        return pipeline;
    }

    private boolean report(OperatorClient.Stream calls, RunChecks.Calls stored, RunChecks.Pipeline pipeline,
            RunChecks.Topics topics, List<FaultResult> results, Duration baseline) throws IOException {
        List<Map<String, Object>> faults = new ArrayList<>();
        for (FaultResult result : results) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("fault", result.fault().option());
            figures.put("what", result.fault().description());
            figures.put("at_s", seconds(Duration.between(calls.start(), result.injected())));
            figures.put("calls_in_its_stretch", result.calls());
            figures.put("back_after_s", seconds(Duration.between(result.injected(), result.back())));
            figures.put("recovered_after_s", seconds(Duration.between(result.injected(), result.recovered())));
            figures.put("longest_wait_for_a_201_s", seconds(longestGapBetweenAcks(calls, result)));
            figures.putAll(result.extra());
            faults.add(figures);
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("lost", stored.lost());
        checked.put("duplicated", stored.duplicated());
        checked.put("answered_with_another_call_id", stored.answeredWithAnotherId());
        checked.put("refused_4xx", calls.refused());
        checked.put("given_up", calls.givenUp());
        checked.put("given_up_but_stored", stored.givenUpButStored());
        checked.put("ticket_worthy_calls", pipeline.ticketWorthy());
        checked.put("ticket_worthy_without_ticket", pipeline.withoutTicket());
        checked.put("tickets", pipeline.tickets());
        checked.put("tickets_missing_in_dispatch", pipeline.missingInDispatch());
        checked.put("calls_with_two_dispatch_tickets", pipeline.dispatchTicketsForOneCall());
        checked.put("tickets_not_assigned", pipeline.notAssigned());
        checked.put("tickets_assigned_twice", pipeline.assignedTwice());
        checked.put("tickets_without_assignment_notification", pipeline.withoutAssignmentNotice());
        checked.put("tickets_with_two_assignment_notifications", pipeline.assignmentNoticedTwice());
        checked.put("events_left_in_outboxes", pipeline.outboxEvents());
        checked.put("consumer_lag", topics.lag());
        checked.put("dead_letters", topics.deadLettered());
        boolean passed = stored.lost() == 0 && stored.duplicated() == 0 && stored.answeredWithAnotherId() == 0
                && calls.refused() == 0 && calls.givenUp() == 0 && pipeline.settled()
                && pipeline.dispatchTicketsForOneCall() == 0 && pipeline.assignedTwice() == 0
                && pipeline.assignmentNoticedTwice() == 0 && topics.lag() == 0 && topics.deadLettered() == 0;

        Map<String, Object> report = new LinkedHashMap<>();
        Instant now = Instant.now();
        report.put("at", now.toString());
        report.put("passed", passed);
        report.put("machine", machine());
        report.put("options", Map.of("rate_per_s", options.rate(), "minimum_calls", options.calls(),
                "communities", options.communities(), "down_s", options.down().toSeconds(),
                "registry_outage_s", options.registryOutage().toSeconds(), "settle_s", options.settle().toSeconds()));
        report.put("calls_sent", calls.outcomes().size());
        report.put("calls_acknowledged", calls.acknowledged());
        report.put("calls_retried", calls.retried());
        report.put("failed_attempts", calls.failedAttempts());
        report.put("stream_s", seconds(Duration.between(calls.start(), calls.end())));
        report.put("baseline_call_to_notified_s", seconds(baseline));
        report.put("faults", faults);
        report.put("checks", checked);
        report.put("consumer_lag_by_group", topics.lagByGroup());
        report.put("dead_letters_by_topic", topics.deadLetters());
        report.put("dead_letter_reasons", topics.deadLetterReasons());

        String summary = summary(report, faults, checked, passed);
        Path resultDirectory = options.projectRoot().resolve("fault-tests/target/results");
        Files.createDirectories(resultDirectory);
        String name = now.toString().replace(':', '-');
        Path file = resultDirectory.resolve(name + ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), report);
        Files.writeString(resultDirectory.resolve(name + ".txt"), summary);
        System.out.println(summary);
        System.out.println("Written: " + file + " (service logs in " + options.workDirectory().resolve("logs") + ")");
        return passed;
    }

    private static String summary(Map<String, Object> report, List<Map<String, Object>> faults,
            Map<String, Object> checked, boolean passed) {
        StringBuilder text = new StringBuilder();
        text.append("Calls: %s sent, %s acknowledged (201), %s retried at least once; failed attempts %s%n".formatted(
                report.get("calls_sent"), report.get("calls_acknowledged"), report.get("calls_retried"),
                report.get("failed_attempts")));
        text.append("Baseline call -> notified ticket: %s s%n".formatted(report.get("baseline_call_to_notified_s")));
        text.append("%-20s %8s %10s %14s %14s%n".formatted("fault", "at s", "back s", "recovered s",
                "longest no-201 s"));
        for (Map<String, Object> fault : faults) {
            text.append("%-20s %8s %10s %14s %14s".formatted(fault.get("fault"), fault.get("at_s"),
                    fault.get("back_after_s"), fault.get("recovered_after_s"), fault.get("longest_wait_for_a_201_s")));
            if (fault.containsKey("tickets_assigned_while_registry_away")) {
                text.append("  (%s tickets assigned while the registry was away)"
                        .formatted(fault.get("tickets_assigned_while_registry_away")));
            }
            text.append(System.lineSeparator());
        }
        checked.forEach((name, value) -> text.append("  %-42s %s%n".formatted(name, value)));
        if (!((List<?>) report.get("dead_letter_reasons")).isEmpty()) {
            text.append("Dead letters: %s%n".formatted(report.get("dead_letter_reasons")));
        }
        text.append("Machine: %s%n".formatted(report.get("machine")));
        text.append(passed ? "PASSED" : "FAILED").append(System.lineSeparator());
        return text.toString();
    }

    /** The longest stretch without a 201 from the fault until it was recovered from. */
    private static Duration longestGapBetweenAcks(OperatorClient.Stream calls, FaultResult result) {
        List<Instant> acks = calls.outcomes().stream().filter(OperatorClient.Outcome::acknowledged)
                .map(OperatorClient.Outcome::answeredAt)
                .filter(at -> !at.isBefore(result.injected()) && !at.isAfter(result.recovered()))
                .sorted(Comparator.naturalOrder()).toList();
        Duration longest = Duration.ZERO;
        Instant previous = result.injected();
        for (Instant ack : acks) {
            Duration gap = Duration.between(previous, ack);
            longest = gap.compareTo(longest) > 0 ? gap : longest;
            previous = ack;
        }
        Duration tail = Duration.between(previous, result.recovered());
        return acks.isEmpty() || tail.compareTo(longest) > 0 ? tail : longest;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        try {
            machine.put("load_average", Files.readString(Path.of("/proc/loadavg")).trim());
        } catch (IOException e) {
            machine.put("load_average", "unknown");
        }
        return machine;
    }

    private static double seconds(Duration duration) {
        return Math.round(duration.toMillis() / 100.0) / 10.0;
    }

    private static void pause(Duration duration) throws InterruptedException {
        if (!duration.isNegative()) {
            Thread.sleep(duration.toMillis());
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + directory, e);
        }
    }

    private static void log(String line) {
        System.out.println("[fault " + Instant.now() + "] " + line);
    }
}
