package city.hotline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The load generator against a stand-in intake that holds its answers until the test lets them go. */
class OpenLoopDriverTest {

    private static final int CONNECTIONS = 4;
    private static final int CALLS = 40;
    private static final String UNKNOWN_COMMUNITY = "110105999";

    private final ExecutorService serverThreads = Executors.newFixedThreadPool(CALLS);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger mostHeld = new AtomicInteger();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private HttpServer intake;

    @BeforeEach
    void standInIntake() throws IOException {
        intake = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        intake.setExecutor(serverThreads);
        intake.createContext("/api/calls", this::takeCall);
        intake.start();
    }

    @AfterEach
    void stop() {
        answer.countDown();
        intake.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void callsInFlightShareABoundedNumberOfKeepAliveConnectionsAndEveryCallIsAnswered() throws Exception {
        try (OpenLoopDriver driver = new OpenLoopDriver("http://localhost:" + intake.getAddress().getPort(),
                "token", new ObjectMapper(), CONNECTIONS)) {
            CompletableFuture<OpenLoopDriver.Load> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return driver.run(10_000, CALLS, "test", (n, at) -> Map.of("text", "楼道灯坏了", "n", n));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            // Every connection carries a call the intake has not answered yet; the other calls wait for one.
            await().atMost(Duration.ofSeconds(30)).until(() -> held.get() == CONNECTIONS);
            answer.countDown();
            OpenLoopDriver.Load result = load.get();

            assertThat(result.accepted()).isEqualTo(CALLS);
            assertThat(result.errors()).isEmpty();
            assertThat(result.maxInFlight()).as("calls scheduled and not answered yet").isGreaterThan(CONNECTIONS);
            assertThat(mostHeld).as("calls at the intake at once").hasValue(CONNECTIONS);
            assertThat(clientPorts).as("connections opened").hasSizeLessThanOrEqualTo(CONNECTIONS);
            assertThat(idempotencyKeys).hasSize(CALLS);
        }
    }

    @Test
    void refusedCallsAreCountedByTheFieldsTheProblemNames() throws Exception {
        answer.countDown();
        try (OpenLoopDriver driver = new OpenLoopDriver("http://localhost:" + intake.getAddress().getPort(),
                "token", new ObjectMapper(), CONNECTIONS)) {
            OpenLoopDriver.Load result = driver.run(10_000, CALLS, "test",
                    (n, at) -> Map.of("text", "楼道灯坏了", "communityCode", n % 4 == 0 ? UNKNOWN_COMMUNITY : "110105001"));

            assertThat(result.accepted()).isEqualTo(CALLS * 3 / 4);
            assertThat(result.errors()).containsExactly(Map.entry("HTTP 400 communityCode", (long) CALLS / 4));
        }
    }

    private void takeCall(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        String call = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (call.contains(UNKNOWN_COMMUNITY)) {
            byte[] problem = ("{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"communityCode\","
                    + "\"message\":\"no community has the code " + UNKNOWN_COMMUNITY + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(400, problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
            return;
        }
        mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
        try {
            answer.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.decrementAndGet();
        exchange.sendResponseHeaders(201, -1);
        exchange.close();
    }
}
