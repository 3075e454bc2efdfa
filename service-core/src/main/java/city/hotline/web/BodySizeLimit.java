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
 * answers with no body at all.
 *
 * <p>A body sent in chunks (no Content-Length) is counted as it is read, by {@link ChunkedBodyLimit}, which answers
 * 413 as problem+json too. Quarkus counts such a body as well, and its count runs ahead of the endpoint's reading:
 * its limit is raised here by {@link #BACKSTOP}, so that ours is met first and Quarkus's still bounds a body read
 * some other way.
 */
@Singleton
class BodySizeLimit {

    /** Before Quarkus's own check, which the router runs at order -2. */
    private static final int ORDER = -3;
    /** After Quarkus's own check, which leaves the limit of a chunked body in the routing context under this key. */
    private static final int CHUNKED_ORDER = -1;
    private static final String QUARKUS_CHUNKED_LIMIT = "io.quarkus.max-request-size";
    /** More than Quarkus reads ahead of the endpoint: a few of Netty's reads of at most 64 KiB. */
    private static final long BACKSTOP = 1024 * 1024;

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> {
            router.route().order(ORDER).handler(context -> refuseIfLarger(context, max));
            router.route().order(CHUNKED_ORDER).handler(context -> {
                if (context.get(QUARKUS_CHUNKED_LIMIT) != null) {
                    context.put(QUARKUS_CHUNKED_LIMIT, max.asLongValue() + BACKSTOP);
                }
                context.next();
            });
        });
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
