package city.hotline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends POST /api/calls at a fixed arrival rate whatever the answers (an open loop: a slow answer does not delay the
 * next call, as it does not stop citizens from calling). Each call's latency is measured from the moment it was
 * scheduled, not from when it was actually sent, so a stalled sender shows as latency instead of hiding it.
 */
final class OpenLoopDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final HttpClient client;
    private final ExecutorService answers;
    private final URI calls;
    private final ObjectMapper json;
    private final String authorization;

    OpenLoopDriver(String intakeUrl, String token, ObjectMapper json) {
        // The answers are handled on a few threads of their own so that the sending thread only sends.
        this.answers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "bench-answers");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(answers)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.calls = URI.create(intakeUrl + "/api/calls");
        this.authorization = "Bearer " + token;
        this.json = json;
    }

    /** What one phase of load produced. */
    record Load(double offeredRate, long sent, long accepted, Map<String, Long> errors, Histogram latencyMicros,
            Instant start, Instant lastAnswer, long maxInFlight) {

        /** Accepted calls per second from the first scheduled call to the last answer. */
        double acceptedRate() {
            double seconds = Duration.between(start, lastAnswer).toNanos() / 1e9;
            return seconds > 0 ? accepted / seconds : 0;
        }
    }

    /**
     * Offers {@code count} calls at {@code rate} per second and waits for every answer.
     *
     * @param body the call body of the n-th arrival, given when it is received
     * @param keyPrefix makes the Idempotency-Keys of this phase distinct from every other phase's and run's
     */
    Load run(double rate, long count, String keyPrefix, BodyOfArrival body) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        LongAdder accepted = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        AtomicLong lastAnswerNanos = new AtomicLong();
        AtomicLong inFlight = new AtomicLong();
        AtomicLong maxInFlight = new AtomicLong();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[Math.toIntExact(count)];

        double intervalNanos = 1e9 / rate;
        Instant startInstant = Instant.now();
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long scheduled = start + (long) (i * intervalNanos);
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            OffsetDateTime receivedAt = OffsetDateTime.ofInstant(
                    startInstant.plusNanos(scheduled - start), ZoneOffset.UTC);
            HttpRequest request = HttpRequest.newBuilder(calls)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", authorization)
                    .header("Idempotency-Key", keyPrefix + "-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(toJson(body.of(i, receivedAt))))
                    .build();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            pending[(int) i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        long now = System.nanoTime();
                        inFlight.decrementAndGet();
                        latency.recordValue(Math.min(HIGHEST_MICROS, (now - scheduled) / 1_000));
                        lastAnswerNanos.accumulateAndGet(now, Math::max);
                        if (failure != null) {
                            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                            errors.computeIfAbsent(cause.getClass().getSimpleName(), k -> new LongAdder()).increment();
                        } else if (response.statusCode() == 201) {
                            accepted.increment();
                        } else {
                            errors.computeIfAbsent("HTTP " + response.statusCode(), k -> new LongAdder()).increment();
                        }
                    });
        }
        CompletableFuture.allOf(pending).exceptionally(failure -> null).join();
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((kind, n) -> errorCounts.put(kind, n.sum()));
        Instant lastAnswer = startInstant.plusNanos(lastAnswerNanos.get() - start);
        return new Load(rate, count, accepted.sum(), errorCounts, latency, startInstant, lastAnswer,
                maxInFlight.get());
    }

    /** Sends one call and answers its status: used to wait until the intake knows a community. */
    int sendOne(Map<String, Object> body, String idempotencyKey) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(calls).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private String toJson(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A call body could not be written as JSON", e);
        }
    }

    /** The call body of the n-th arrival. */
    @FunctionalInterface
    interface BodyOfArrival {
        Map<String, Object> of(long sequence, OffsetDateTime receivedAt);
    }
}
