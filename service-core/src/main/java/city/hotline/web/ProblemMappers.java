package city.hotline.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import city.hotline.database.DatabaseOutage;

/**
 * Turns every failure of a request into problem+json: bad input into a 4xx that names the
 * fields, a database outage into a 503 that tells the client when to try again, anything unexpected
 * into a 500 without internals (which are logged instead).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /**
     * Seconds a client is asked to wait after a 503. PostgreSQL restarted by its supervisor takes a few seconds
     * to accept connections again; an operator's client retrying sooner only adds load.
     */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return badRequest(detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException exception, UriInfo uri) {
        return badRequest(exception.field() + ": " + exception.getMessage(), uri,
                List.of(new Problem.FieldError(exception.field(), exception.getMessage())));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception, UriInfo uri) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return badRequest(field + ": value has the wrong form", uri,
                    List.of(new Problem.FieldError(field, "value has the wrong form")));
        }
        return badRequest("the request body is not valid JSON: " + exception.getOriginalMessage(), uri, List.of());
    }

    /** Jackson's own mapper for this one answers plain JSON; ours takes precedence. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException exception, UriInfo uri) {
        return unreadableJson(exception, uri);
    }

    @ServerExceptionMapper
    public Response httpStatus(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", exception);
            return Problem.of(status, "the request could not be completed", uri.getPath(), List.of()).toResponse();
        }
        // Without a message of our own, JAX-RS says only "HTTP 404 Not Found".
        String detail = exception.getMessage() == null || exception.getMessage().startsWith("HTTP ")
                ? status.getReasonPhrase() + ": " + uri.getPath() : exception.getMessage();
        return Problem.of(status, detail, uri.getPath(), List.of()).toResponse();
    }

    /** No token, or one whose signature, issuer, audience or expiry is wrong. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                        "a valid bearer token is needed: Authorization: Bearer <token>", uri.getPath(), List.of())
                        .toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token whose role or unit does not reach what was asked for. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        String detail = exception.getMessage() == null || exception.getMessage().isBlank()
                ? "the caller's role may not do this" : exception.getMessage();
        return Problem.of(Response.Status.FORBIDDEN, detail, uri.getPath(), List.of()).toResponse();
    }

    /** A body sent in chunks that grew past the limit while it was read (see ChunkedBodyLimit). */
    @ServerExceptionMapper
    public Response bodyTooLarge(BodyTooLargeException exception, UriInfo uri, HttpServerRequest request) {
        // The rest of the body is not read: the connection closes once answered, as for a body announced too large.
        request.response().endHandler(ignored -> request.connection().close());
        return Response.fromResponse(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage(),
                        uri.getPath(), List.of()).toResponse())
                .header("Connection", "close")
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException exception, UriInfo uri) {
        if (DatabaseOutage.isCause(exception)) {
            return databaseUnavailable(exception, uri);
        }
        if (isUndecodableForm(exception)) {
            return badRequest("the form is not valid percent-encoded UTF-8", uri, List.of());
        }
        LOG.error("Request failed", exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "the request could not be completed",
                uri.getPath(), List.of()).toResponse();
    }

    /**
     * Never a 201: the answer is built only after the commit. Whether a connection lost during the commit committed
     * is unknown, so the client sends the same request again, with the same Idempotency-Key, after Retry-After.
     */
    private static Response databaseUnavailable(RuntimeException exception, UriInfo uri) {
        LOG.warnf("Request refused, the database is unavailable: %s", exception.getMessage());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "the database is unavailable; try again in " + RETRY_AFTER_SECONDS + " s", uri.getPath(),
                        List.of()).toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** RESTEasy Reactive refuses a form field like {@code %%%} with a bare IllegalArgumentException. */
    private static boolean isUndecodableForm(RuntimeException exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception instanceof IllegalArgumentException && trace.length > 0
                && trace[0].getClassName().equals("org.jboss.resteasy.reactive.common.util.URLUtils");
    }

    private static Response badRequest(String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return Problem.of(Response.Status.BAD_REQUEST, detail, uri.getPath(), errors).toResponse();
    }

    /** The last node of the property path: {@code text}, not {@code take.call.text}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            // An element of a list is named by its list: "buildings", not "<list element>".
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name = node.getName();
            }
        }
        return name;
    }
}
