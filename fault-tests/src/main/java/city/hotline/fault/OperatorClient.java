package city.hotline.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts calls as an operators' desk client does when the line is busy: a steady stream at a fixed rate, each call
 * with its own Idempotency-Key, and every call not answered 201 (no connection, a timeout, a 503, a 500) sent again
 * with the same key after Retry-After or a growing pause, until it is taken or the client gives up on it.
 */
final class OperatorClient {

    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final HttpClient client;
    private final ScheduledExecutorService retries;
    private final URI calls;
    private final String authorization;
    private final ObjectMapper json;
    private final Duration requestTimeout;
    private final Duration giveUpAfter;
    private final Map<String, LongAdder> failedAttempts = new ConcurrentHashMap<>();

    OperatorClient(String intakeUrl, String operatorToken, ObjectMapper json, Duration requestTimeout,
            Duration giveUpAfter) {
        ExecutorService answers = Executors.newFixedThreadPool(4, daemon("operator-answers"));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answers)
                .connectTimeout(Duration.ofSeconds(3)).build();
        this.retries = Executors.newScheduledThreadPool(1, daemon("operator-retries"));
        this.calls = URI.create(intakeUrl + "/api/calls");
        this.authorization = "Bearer " + operatorToken;
        this.json = json;
        this.requestTimeout = requestTimeout;
        this.giveUpAfter = giveUpAfter;
    }

    /** What became of one call: taken (with the ids intake answered), refused for its content, or given up on. */
    record Outcome(long sequence, String key, int attempts, Instant firstSent, Instant answeredAt, int status,
            String callId, String ticketId) {

        boolean acknowledged() {
            return status == 201;
        }
    }

    /** Every call of a stream, and every failed attempt by kind. */
    record Stream(List<Outcome> outcomes, Map<String, Long> failedAttempts, Instant start, Instant end) {

        /** Streams sent one after the other, as one. */
        static Stream of(List<Stream> parts, Map<String, Long> failedAttempts) {
            return new Stream(parts.stream().flatMap(part -> part.outcomes().stream()).toList(), failedAttempts,
                    parts.get(0).start(), parts.get(parts.size() - 1).end());
        }

        long acknowledged() {
            return outcomes.stream().filter(Outcome::acknowledged).count();
        }

        long givenUp() {
            return outcomes.stream().filter(outcome -> outcome.status() == 0).count();
        }

        long refused() {
            return outcomes.stream().filter(outcome -> outcome.status() != 0 && !outcome.acknowledged()).count();
        }

        long retried() {
            return outcomes.stream().filter(outcome -> outcome.attempts() > 1).count();
        }
    }

    /**
     * Sends calls number {@code first} to {@code first + count - 1} at {@code rate} per second, each whatever the
     * answers to the others (an open loop: a slow answer does not hold back the next caller), and returns once every
     * call is taken, refused or given up on. Failed attempts are counted over the client's life.
     */
    Stream run(double rate, long first, long count, String keyPrefix, CallBody body) {
        List<CompletableFuture<Outcome>> pending = new ArrayList<>();
        double intervalNanos = 1e9 / rate;
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long wait = startNanos + (long) (i * intervalNanos) - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long sequence = first + i;
            OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
            pending.add(take(sequence, keyPrefix + "-" + sequence, toJson(body.of(sequence, receivedAt))));
        }
        List<Outcome> outcomes = pending.stream().map(CompletableFuture::join).toList();
        return new Stream(outcomes, failedAttempts(), start, Instant.now());
    }

    Map<String, Long> failedAttempts() {
        Map<String, Long> failures = new TreeMap<>();
        failedAttempts.forEach((kind, count) -> failures.put(kind, count.sum()));
        return failures;
    }

    /** One call, sent until it is taken, refused or given up on. */
    CompletableFuture<Outcome> take(long sequence, String key, String body) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        attempt(new Attempt(sequence, key, body, Instant.now(), 1, FIRST_RETRY), outcome);
        return outcome;
    }

    private record Attempt(long sequence, String key, String body, Instant firstSent, int number, Duration pause) {
        Attempt next() {
            Duration doubled = pause.multipliedBy(2);
            return new Attempt(sequence, key, body, firstSent, number + 1,
                    doubled.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : doubled);
        }
    }

    private void attempt(Attempt attempt, CompletableFuture<Outcome> outcome) {
        HttpRequest request = HttpRequest.newBuilder(calls)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", attempt.key())
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body()))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 201) {
                JsonNode answer = readJson(response.body());
                outcome.complete(new Outcome(attempt.sequence(), attempt.key(), attempt.number(), attempt.firstSent(),
                        Instant.now(), 201, answer.path("id").asText(null), answer.path("ticketId").asText(null)));
                return;
            }
            if (failure == null && isRefusal(response.statusCode())) {
                count("HTTP " + response.statusCode());
                outcome.complete(new Outcome(attempt.sequence(), attempt.key(), attempt.number(), attempt.firstSent(),
                        Instant.now(), response.statusCode(), null, null));
                return;
            }
            count(failure != null ? kind(failure) : "HTTP " + response.statusCode());
            Duration pause = failure == null ? retryAfter(response).orElse(attempt.pause()) : attempt.pause();
            if (Duration.between(attempt.firstSent(), Instant.now()).plus(pause).compareTo(giveUpAfter) > 0) {
                outcome.complete(new Outcome(attempt.sequence(), attempt.key(), attempt.number(), attempt.firstSent(),
                        Instant.now(), 0, null, null));
                return;
            }
            retries.schedule(() -> attempt(attempt.next(), outcome), pause.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** A 4xx other than 408 and 429 says the call itself is wrong: sending it again would not help. */
    private static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String kind(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName();
    }

    private void count(String kind) {
        failedAttempts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("intake answered 201 with a body that is not JSON: " + body, e);
        }
    }

    String toJson(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A call body could not be written as JSON", e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The call body of the n-th call of a stream. */
    @FunctionalInterface
    interface CallBody {
        Map<String, Object> of(long sequence, OffsetDateTime receivedAt);
    }
}
