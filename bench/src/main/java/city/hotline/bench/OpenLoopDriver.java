package city.hotline.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Sends POST /api/calls at a fixed arrival rate whatever the answers (an open loop: a slow answer does not delay the
 * next call, as it does not stop citizens from calling). Each call's latency is measured from the moment it was
 * scheduled, not from when it was actually sent, so a stalled sender shows as latency instead of hiding it.
 *
 * <p>The calls go over a fixed number of keep-alive HTTP/1.1 connections, as an operators' gateway or a load balancer
 * in front of the intake would send them. A call scheduled while every connection is busy waits for one, and that
 * wait counts in its latency. (An unbounded client opens a connection per call in flight: once answers slow down, the
 * intake spends its CPU on thousands of connection set-ups instead of calls.)
 */
final class OpenLoopDriver implements AutoCloseable {

    /** How long a call may take from its scheduled time, waiting for a connection included. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Vertx vertx;
    private final HttpClient client;
    private final URI calls;
    private final ObjectMapper json;
    private final MultiMap headers;
    /** Calls accepted over every phase so far: the usage series divides CPU by it. */
    private final LongAdder acceptedSoFar = new LongAdder();

    /** @param connections the most connections open to the intake at once */
    OpenLoopDriver(String intakeUrl, String token, ObjectMapper json, int connections) {
        // Two event loops carry the sending and the answers; the scheduling thread only schedules.
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1));
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                // An unbounded wait queue: a call that finds every connection busy waits, it is never refused here.
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        this.calls = URI.create(intakeUrl + "/api/calls");
        this.headers = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Type", "application/json")
                .add("Authorization", "Bearer " + token);
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
            String call = toJson(body.of(i, receivedAt));
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            pending[(int) i] = post(call, keyPrefix + "-" + i, scheduled).toCompletionStage().toCompletableFuture()
                    .whenComplete((answer, failure) -> {
                        long now = System.nanoTime();
                        inFlight.decrementAndGet();
                        latency.recordValue(Math.min(HIGHEST_MICROS, (now - scheduled) / 1_000));
                        lastAnswerNanos.accumulateAndGet(now, Math::max);
                        if (failure != null) {
                            errors.computeIfAbsent(kindOf(failure), k -> new LongAdder()).increment();
                        } else if (answer.status() == 201) {
                            accepted.increment();
                            acceptedSoFar.increment();
                        } else {
                            errors.computeIfAbsent(answer.refusal(), k -> new LongAdder()).increment();
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

    /** Calls accepted since this driver was made, over all its phases. */
    long acceptedSoFar() {
        return acceptedSoFar.sum();
    }

    /**
     * Posts a call and answers its status once the answer is read whole (only then is the connection free again).
     * The time left until the call's deadline bounds both the wait for a connection and the wait for the answer.
     */
    private Future<Answer> post(String call, String idempotencyKey, long scheduledNanos) {
        long deadline = scheduledNanos + REQUEST_TIMEOUT.toNanos();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(calls.getHost()).setPort(calls.getPort()).setURI(calls.getRawPath())
                .setHeaders(MultiMap.caseInsensitiveMultiMap().addAll(headers).add("Idempotency-Key", idempotencyKey))
                .setConnectTimeout(millisUntil(deadline));
        return client.request(request)
                .compose(sending -> sending.idleTimeout(millisUntil(deadline)).send(Buffer.buffer(call)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body)));
    }

    /** The intake's answer to one call. */
    private record Answer(int status, Buffer body) {

        /**
         * How a refusal is counted: its status and the fields the problem names (e.g. "HTTP 400 communityCode"), so
         * that a run's errors say what was refused without a key per call.
         */
        String refusal() {
            StringBuilder kind = new StringBuilder("HTTP ").append(status);
            try {
                JsonObject problem = body.toJsonObject();
                JsonArray fields = problem.getJsonArray("errors", new JsonArray());
                for (int i = 0; i < fields.size(); i++) {
                    kind.append(' ').append(fields.getJsonObject(i).getString("field"));
                }
            } catch (RuntimeException notAProblem) {
                // Not problem+json (a proxy's page, an empty body): the status alone.
            }
            return kind.toString();
        }
    }

    private static long millisUntil(long deadlineNanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    private static String kindOf(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        // Vert.x reports both a connection not obtained and an answer not received in time as its own timeout type.
        return cause.getClass().getSimpleName().contains("Timeout") ? "TimeoutException"
                : cause.getClass().getSimpleName();
    }

    private String toJson(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A call body could not be written as JSON", e);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The call body of the n-th arrival. */
    @FunctionalInterface
    interface BodyOfArrival {
        Map<String, Object> of(long sequence, OffsetDateTime receivedAt);
    }
}
