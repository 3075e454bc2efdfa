package city.hotline.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request announcing a body over {@code quarkus.http.limits.max-body-size} is answered 413 as
 * problem+json, like every other refusal, before its body is read. Quarkus's own check, one step later,
 * answers with no body at all; it still refuses a chunked body (no Content-Length) that grows too large.
 */
@Singleton
class BodySizeLimit {

    /** Before Quarkus's own check, which the router runs at order -2. */
    private static final int ORDER = -3;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(ORDER).handler(context -> refuseIfLarger(context, max)));
    }

    private void refuseIfLarger(RoutingContext context, MemorySize max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) <= max.asLongValue()) {
            context.next();
            return;
        }
        Problem problem = Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "the request body is larger than "
                + max.asLongValue() + " bytes", context.request().path(), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
        // The body the client may still be sending is not read: the connection closes once answered, else a
        // client waiting for "100 Continue" would wait for ever.
        context.response().endHandler(ignored -> context.request().connection().close());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
