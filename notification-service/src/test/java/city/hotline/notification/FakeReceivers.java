package city.hotline.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for the SMS and WeChat gateways ({@code /sms}, {@code /wechat})
 * and for community systems ({@code /community/<name>}): it records every request and can be told
 * to fail the next ones, or to refuse some for good. Also gives the service an empty template directory to override wording in.
 */
public class FakeReceivers implements QuarkusTestResourceLifecycleManager {

    /** One request as the receiver saw it. */
    public record Received(String path, Map<String, List<String>> headers, String body, int answeredWith) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, AtomicInteger> FAILURES_TO_COME = new ConcurrentHashMap<>();
    private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
    private static HttpServer server;
    private static Path templates;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            templates = Files.createTempDirectory("notification-templates");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", FakeReceivers::answer);
        server.start();
        return Map.of(
                "hotline.notification.gateway.sms", url("/sms"),
                "hotline.notification.gateway.wechat", url("/wechat"),
                "hotline.notification.template-directory", templates.toString());
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    public static String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    public static Path templateDirectory() {
        return templates;
    }

    /** The next {@code times} requests to the path are answered 503. */
    public static void failNext(String path, int times) {
        FAILURES_TO_COME.put(path, new AtomicInteger(times));
    }

    /** Requests whose body contains the text are answered 400, as a gateway answers an unknown number. */
    public static void refuseBodiesContaining(String text) {
        REFUSED.add(text);
    }

    public static List<Received> receivedAt(String path) {
        return RECEIVED.stream().filter(received -> received.path().equals(path)).toList();
    }

    /** Requests to the path answered 2xx whose body contains the text. */
    public static List<Received> acceptedAt(String path, String containing) {
        return receivedAt(path).stream()
                .filter(received -> received.answeredWith() / 100 == 2 && received.body().contains(containing))
                .toList();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        AtomicInteger failures = FAILURES_TO_COME.get(path);
        int status = REFUSED.stream().anyMatch(body::contains) ? 400
                : failures != null && failures.getAndDecrement() > 0 ? 503 : 202;
        RECEIVED.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
