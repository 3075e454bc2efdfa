package city.hotline.ratelimit;

import java.util.List;

import jakarta.ws.rs.core.Response;

import city.hotline.ratelimit.RateLimitConfig.Limit;
import city.hotline.web.Problem;

/**
 * A request refused because its client has spent its limit.
 *
 * @param retryAfterSeconds when the client may send its next request: at least one second
 */
public record RateLimitRefusal(Limit limit, long retryAfterSeconds) {

    public static final String RETRY_AFTER = "Retry-After";

    /** What the client is told, also in an answer of another form than problem+json (Open311's errors). */
    public String detail() {
        return "too many requests from this client: at most " + limit.requests() + " in "
                + limit.period().toSeconds() + " s; try again in " + retryAfterSeconds + " s";
    }

    /** 429 as problem+json, with Retry-After. */
    public Response toResponse(String path) {
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, detail(), path, List.of())
                        .toResponse())
                .header(RETRY_AFTER, retryAfterSeconds)
                .build();
    }
}
