package city.hotline.intake.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.events.Category;
import city.hotline.intake.config.IntakeConfig;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Channel;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.service.CallTaking;
import city.hotline.intake.service.NewCall;
import city.hotline.ratelimit.RateLimitRefusal;
import city.hotline.ratelimit.RateLimitedByEndpoint;
import city.hotline.ratelimit.RateLimits;
import city.hotline.web.InvalidInputException;
import city.hotline.web.StorableText;
import io.vertx.core.http.HttpServerRequest;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) in its JSON and XML formats, so an
 * existing 311 client can file a request and follow it. A request is a call taken with the channel
 * OPEN311; its id is the call's id. Errors on these paths are Open311's: {@code [{code, description}]}
 * in JSON, {@code <errors><error>} in XML.
 */
@Path("/open311/v2")
@Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_XML })
@Tag(name = "Open311", description = "Open311 GeoReport v2: service requests from 311 clients")
public class Open311Resource {

    private static final int MAX_REQUESTS = 1000;

    private final CallTaking callTaking;
    private final CallRepository calls;
    private final IntakeConfig config;
    private final RateLimits rateLimits;

    Open311Resource(CallTaking callTaking, CallRepository calls, IntakeConfig config, RateLimits rateLimits) {
        this.callTaking = callTaking;
        this.calls = calls;
        this.config = config;
        this.rateLimits = rateLimits;
    }

    public record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {
    }

    public record Discovery(String changeset, String contact, String key_service, List<Endpoint> endpoints) {
    }

    public record ServiceDefinition(String service_code, List<Object> attributes) {
    }

    public record Created(String service_request_id, String service_notice, String account_id) {
    }

    public record Token(String service_request_id, String token) {
    }

    public record Error(int code, String description) {
    }

    @GET
    @Path("/discovery.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "Open311 discovery")
    public Response discovery(@PathParam("format") String format) {
        return Open311Format.of(format).object(200, "discovery", new Discovery("2026-11-27T00:00:00Z",
                "12345 市民服务热线", "向12345热线申请 api_key",
                List.of(new Endpoint("http://wiki.open311.org/GeoReport_v2", "/open311/v2", "2026-11-27T00:00:00Z",
                        "production", List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_XML)))));
    }

    @GET
    @Path("/services.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "The services: our categories")
    public Response services(@PathParam("format") String format) {
        return Open311Format.of(format).list(200, "services", "service", Open311Services.all());
    }

    @GET
    @Path("/services/{code}.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "A service's definition", description = "No service has extra attributes.")
    @APIResponse(responseCode = "404", description = "No service has this code (Open311 error)")
    public Response service(@PathParam("code") String code, @PathParam("format") String format) {
        Open311Format answer = Open311Format.of(format);
        return Open311Services.category(code)
                .map(category -> answer.object(200, "service_definition", new ServiceDefinition(code, List.of())))
                .orElseGet(() -> answer.error(404, "no service has the code " + code));
    }

    @POST
    @Path("/requests.{format:" + Open311Format.SUFFIXES + "}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "File a service request", description = "Taken as a call with the channel OPEN311: "
            + "classified, placed (by phone, then address_string), and a ticket opened when it needs one. The "
            + "service's category is the call's category.")
    @APIResponse(responseCode = "201", description = "[{service_request_id}]")
    @APIResponse(responseCode = "400", description = "Missing or invalid field (Open311 error array); nothing stored")
    @APIResponse(responseCode = "403", description = "No or unknown api_key (Open311 error array)")
    @APIResponse(responseCode = "429", description = "The api_key (or, without a known one, the address) has sent "
            + "its limit of requests: Open311 error array, and Retry-After in seconds")
    @RateLimitedByEndpoint
    public Response create(@PathParam("format") String format, @FormParam("api_key") String apiKey, @FormParam("service_code") String serviceCode,
            @FormParam("description") String description, @FormParam("address_string") String address,
            @FormParam("lat") String lat, @FormParam("long") String lon, @FormParam("phone") String phone,
            @FormParam("first_name") String firstName, @FormParam("last_name") String lastName,
            @Context HttpServerRequest request) {
        Open311Format answer = Open311Format.of(format);
        boolean knownKey = apiKey != null && config.open311ApiKeys().orElse(List.of()).contains(apiKey);
        // A 311 client is known by its api_key; a request with none, or a wrong one, by where it came from.
        Optional<RateLimitRefusal> refusal = rateLimits.tryAcquire(
                knownKey ? rateLimits.apiKey(apiKey) : rateLimits.address(request));
        if (refusal.isPresent()) {
            return Response.fromResponse(answer.error(429, refusal.get().detail()))
                    .header(RateLimitRefusal.RETRY_AFTER, refusal.get().retryAfterSeconds()).build();
        }
        if (!knownKey) {
            return answer.error(403, "api_key missing or not known");
        }
        if (serviceCode == null || serviceCode.isBlank()) {
            return answer.error(400, "service_code is required");
        }
        Optional<Category> category = Open311Services.category(serviceCode);
        if (category.isEmpty()) {
            return answer.error(400, "service_code names no service: " + serviceCode);
        }
        if (blank(address) && (blank(lat) || blank(lon))) {
            return answer.error(400, "address_string or lat and long are required");
        }
        String where = blank(address) ? lat.strip() + "," + lon.strip() : address.strip();
        String name = ((firstName == null ? "" : firstName.strip()) + (lastName == null ? "" : lastName.strip())).strip();
        try {
            StorableText.require("description", description);
            StorableText.require("address_string", address);
            StorableText.require("lat", lat);
            StorableText.require("long", lon);
            StorableText.require("phone", phone);
            StorableText.require("first_name", firstName);
            StorableText.require("last_name", lastName);
            Call call = callTaking.take(new NewCall(description, phone, name.isEmpty() ? null : name, Channel.OPEN311,
                    null, null, where), Optional.empty(), category);
            return answer.list(201, "service_requests", "request",
                    List.of(new Created(call.id.toString(), notice(call), null)));
        } catch (ConstraintViolationException invalid) {
            return answer.error(400, invalid.getConstraintViolations().stream()
                    .map(violation -> open311Field(violation.getPropertyPath().toString()) + " " + violation.getMessage())
                    .sorted().findFirst().orElse("invalid request"));
        } catch (InvalidInputException invalid) {
            return answer.error(400, invalid.getMessage());
        }
    }

    @GET
    @Path("/requests.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "Service requests", description = "Filed through Open311, newest first, at most 1000; "
            + "by default those of the last 90 days.")
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids, @QueryParam("service_code") String code,
            @QueryParam("start_date") String start, @QueryParam("end_date") String end,
            @QueryParam("status") String status) {
        Open311Format answer = Open311Format.of(format);
        List<UUID> wanted;
        OffsetDateTime from;
        OffsetDateTime to;
        try {
            wanted = blank(ids) ? List.of()
                    : Arrays.stream(ids.split(",")).map(String::strip).map(UUID::fromString).toList();
            from = blank(start) ? null : OffsetDateTime.parse(start);
            to = blank(end) ? null : OffsetDateTime.parse(end);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return answer.error(400, "service_request_id, start_date or end_date is not valid: " + e.getMessage());
        }
        if (!blank(status) && !status.equals("open") && !status.equals("closed")) {
            return answer.error(400, "status is open or closed");
        }
        Optional<Category> category = blank(code) ? Optional.empty() : Open311Services.category(code);
        if (!blank(code) && category.isEmpty()) {
            return answer.error(404, "no service has the code " + code);
        }
        if (wanted.isEmpty() && from == null && to == null) {
            from = OffsetDateTime.now().minusDays(90);
        }
        List<ServiceRequest> found = calls.open311Requests(wanted, category.orElse(null), from, to, MAX_REQUESTS)
                .stream().map(ServiceRequest::of)
                .filter(request -> blank(status) || request.status().equals(status))
                .toList();
        return answer.list(200, "service_requests", "request", found);
    }

    @GET
    @Path("/requests/{id}.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "One service request")
    @APIResponse(responseCode = "404", description = "No request has this id (Open311 error)")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        Open311Format answer = Open311Format.of(format);
        return parse(id).flatMap(callTaking::find).filter(call -> call.channel == Channel.OPEN311)
                .map(call -> answer.list(200, "service_requests", "request", List.of(ServiceRequest.of(call))))
                .orElseGet(() -> answer.error(404, "no service request has the id " + id));
    }

    @GET
    @Path("/tokens/{token}.{format:" + Open311Format.SUFFIXES + "}")
    @Operation(summary = "The request a token stands for", description = "Requests are created at once, so the "
            + "token is the request's id.")
    @APIResponse(responseCode = "404", description = "No request has this token (Open311 error)")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        Open311Format answer = Open311Format.of(format);
        return parse(token).flatMap(callTaking::find).filter(call -> call.channel == Channel.OPEN311)
                .map(call -> answer.list(200, "service_requests", "request", List.of(new Token(call.id.toString(), token))))
                .orElseGet(() -> answer.error(404, "no service request has the token " + token));
    }

    private static String notice(Call call) {
        if (call.answerText != null) {
            return call.answerText;
        }
        return call.ticketId == null ? null : "工单号 " + call.ticketId;
    }

    private static String open311Field(String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        return switch (field) {
            case "text" -> "description";
            case "callerPhone" -> "phone";
            case "callerName" -> "first_name/last_name";
            case "address" -> "address_string";
            default -> field;
        };
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
