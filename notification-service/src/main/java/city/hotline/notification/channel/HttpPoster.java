package city.hotline.notification.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.config.NotificationConfig;

/** POSTs a body to a receiver (a gateway, a community system) and tells a refusal from a failure worth retrying. */
@ApplicationScoped
public class HttpPoster {

    /** Sent with every POST: a receiver seeing the same key twice has seen a retry of the same delivery. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final HttpClient client;
    private final NotificationConfig config;

    HttpPoster(NotificationConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.gateway().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public void post(URI target, UUID deliveryId, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(config.gateway().timeout())
                .header("Content-Type", contentType)
                .header(IDEMPOTENCY_KEY, deliveryId.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException(target.getHost() + " unreachable: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while sending", false);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String reason = "HTTP " + status + " from " + target + abbreviated(response.body());
        // A 4xx says the request itself is wrong and will be again, except "timed out" and "too many".
        boolean permanent = status / 100 == 4 && status != 408 && status != 429;
        throw new DeliveryFailedException(reason, permanent);
    }

    private static String abbreviated(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        return ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
}
