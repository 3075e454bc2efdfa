package city.hotline.intake.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.intake.domain.Call;
import city.hotline.intake.repository.CallRepository.PageOfCalls;
import city.hotline.intake.service.CallPlacing;
import city.hotline.intake.service.CallSearch;
import city.hotline.intake.service.CallTaking;
import city.hotline.intake.service.ClassificationCorrecting;
import city.hotline.intake.service.NewCall;
import city.hotline.intake.service.Reclassification;
import city.hotline.security.Caller;
import city.hotline.security.UnitCode;
import city.hotline.web.InvalidInputException;

@Path("/api/calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "来电: calls taken by operators")
public class CallResource {

    private final CallTaking callTaking;
    private final ClassificationCorrecting correcting;
    private final CallPlacing placing;
    private final Caller caller;

    CallResource(CallTaking callTaking, ClassificationCorrecting correcting, CallPlacing placing, Caller caller) {
        this.callTaking = callTaking;
        this.correcting = correcting;
        this.placing = placing;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Take a call", description = "Classifies the call, places it, stores it and, for a "
            + "complaint or a request, opens a ticket, all before answering. The call is placed in the community "
            + "given; else where the caller lives when a resident has the caller's phone; else at the longest "
            + "place (community, compound, building) named in the address or the text. A call that cannot be "
            + "placed is stored without a community and listed by GET /api/calls?unplaced=true.")
    @APIResponse(responseCode = "201", description = "The call is stored with its community and building when "
            + "known; a ticket id when one was opened")
    @APIResponse(responseCode = "400", description = "Missing or invalid field, or unknown community; nothing stored")
    @RolesAllowed({ADMIN, OPERATOR})
    public Response take(@NotNull @Valid NewCall call,
            @Parameter(description = "Makes a retried POST return the first answer instead of a second call")
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        Call taken = callTaking.take(call, Optional.ofNullable(idempotencyKey).filter(key -> !key.isBlank()));
        return Response.created(URI.create("/api/calls/" + taken.id)).entity(CallAnswer.of(taken)).build();
    }

    @GET
    @Operation(summary = "List calls", description = "Oldest first, one page at a time. unplaced=true lists the "
            + "calls waiting for an operator to place them.")
    @APIResponse(responseCode = "400", description = "A criterion or the paging is invalid")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR})
    public CallPage list(
            @Parameter(description = "Only calls not placed yet") @QueryParam("unplaced") boolean unplaced,
            @Parameter(example = "110101006001") @QueryParam("community") @Pattern(regexp = "\\d{12}") String community,
            @Parameter(example = "COMPLAINT") @QueryParam("type") String type,
            @Parameter(description = "Received at or after (ISO-8601 with offset)", example = "2022-12-05T00:00:00+08:00")
            @QueryParam("from") String from,
            @Parameter(description = "Received before (ISO-8601 with offset)") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String narrowed = caller.narrowToCommunity(community).orElse(null);
        PageOfCalls found = callTaking.search(new CallSearch(unplaced, narrowed, type(type),
                time("from", from), time("to", to)), page, size);
        return new CallPage(found.calls().stream().map(CallAnswer::of).toList(), page, size, found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One call as it was taken")
    @APIResponse(responseCode = "404", description = "No call has this id")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "The call's community is outside the supervisor's unit")
    public CallAnswer get(@PathParam("id") UUID id) {
        Call call = callTaking.find(id).orElseThrow(() -> new NotFoundException("no call has the id " + id));
        // A call not placed yet belongs to no community: only the city-wide roles see it.
        caller.checkMaySee(call.communityCode == null ? UnitCode.NONE : call.communityCode);
        return CallAnswer.of(call);
    }

    /** Ignored in a body: who corrects or places a call is the caller their token names. */
    private static final String IGNORED_OPERATOR = "Ignored: the operator recorded is the token's subject (sub). "
            + "Accepted so that clients written before tokens keep working.";

    /**
     * @param type     the corrected type, or null to keep it
     * @param operator ignored, see {@link #IGNORED_OPERATOR}
     */
    public record CorrectionRequest(
            @Schema(example = "COMPLAINT") CallType type,
            @Schema(example = "URGENT") Urgency urgency,
            @Schema(example = "HEATING") Category category,
            @Schema(deprecated = true, description = IGNORED_OPERATOR) String operator) {
    }

    @PUT
    @Path("/{id}/classification")
    @Operation(summary = "Correct a call's classification", description = "An operator overrides the type, urgency "
            + "or category (any of them; the others stay). The correction is recorded with the operator (the token's "
            + "subject) for "
            + "the classifier's next training, clears the review flag, and is announced as hotline.call.reclassified. "
            + "A placed call whose new type needs action gets its ticket (hotline.ticket.opened); a call whose new "
            + "type needs none has its ticket cancelled (hotline.ticket.cancelled).")
    @APIResponse(responseCode = "200", description = "The call as now classified")
    @APIResponse(responseCode = "400", description = "No label given, or a label outside the list")
    @APIResponse(responseCode = "404", description = "No call has this id")
    @RolesAllowed({ADMIN, OPERATOR})
    public CallAnswer correct(@PathParam("id") UUID id, @NotNull @Valid CorrectionRequest correction) {
        return CallAnswer.of(correcting.correct(id, new Reclassification(correction.type(), correction.urgency(),
                correction.category(), caller.id())));
    }

    /**
     * @param building {@code compound/building}, when the operator knows it
     * @param operator ignored, see {@link #IGNORED_OPERATOR}
     */
    public record PlaceRequest(
            @NotNull @Pattern(regexp = "\\d{12}") @Schema(example = "110101006001") String communityCode,
            @Size(max = 100) @Schema(example = "东四二条11号院/3号楼") String building,
            @Schema(deprecated = true, description = IGNORED_OPERATOR) String operator) {
    }

    @PUT
    @Path("/{id}/place")
    @Operation(summary = "Place a call intake could not place", description = "Gives the call its community (and "
            + "building), opens its ticket when its type needs one, and announces hotline.call.placed (and "
            + "hotline.ticket.opened). The operator announced is the token's subject.")
    @APIResponse(responseCode = "200", description = "The call as now placed, with its ticket id when one was opened")
    @APIResponse(responseCode = "400", description = "No or unknown community")
    @APIResponse(responseCode = "404", description = "No call has this id")
    @APIResponse(responseCode = "409", description = "The call is placed already")
    @RolesAllowed({ADMIN, OPERATOR})
    public CallAnswer place(@PathParam("id") UUID id, @NotNull @Valid PlaceRequest place) {
        return CallAnswer.of(placing.place(id, place.communityCode(), place.building(), caller.id()));
    }

    /** Parsed here, as the times are, so that a type outside the list is a 400 naming the parameter. */
    private static CallType type(String value) {
        try {
            return value == null || value.isBlank() ? null : CallType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "not a call type: " + value);
        }
    }

    /** Parsed here, so that a bad time is a 400 naming the parameter rather than JAX-RS's 404. */
    private static OffsetDateTime time(String parameter, String value) {
        try {
            return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "not an ISO-8601 time with offset: " + value);
        }
    }
}
