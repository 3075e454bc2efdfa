package city.hotline.intake.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import city.hotline.intake.service.CallTaking;
import city.hotline.intake.service.ClassificationCorrecting;
import city.hotline.intake.service.NewCall;
import city.hotline.intake.service.Reclassification;

@Path("/api/calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "来电: calls taken by operators")
public class CallResource {

    private final CallTaking callTaking;
    private final ClassificationCorrecting correcting;

    CallResource(CallTaking callTaking, ClassificationCorrecting correcting) {
        this.callTaking = callTaking;
        this.correcting = correcting;
    }

    @POST
    @Operation(summary = "Take a call", description = "Classifies the call, stores it and, for a complaint or "
            + "a request in a known community, opens a ticket, all before answering.")
    @APIResponse(responseCode = "201", description = "The call is stored; a ticket id when one was opened")
    @APIResponse(responseCode = "400", description = "Missing or invalid field, or unknown community; nothing stored")
    public Response take(@NotNull @Valid NewCall call,
            @Parameter(description = "Makes a retried POST return the first answer instead of a second call")
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        Call taken = callTaking.take(call, Optional.ofNullable(idempotencyKey).filter(key -> !key.isBlank()));
        return Response.created(URI.create("/api/calls/" + taken.id)).entity(CallAnswer.of(taken)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One call as it was taken")
    @APIResponse(responseCode = "404", description = "No call has this id")
    public CallAnswer get(@PathParam("id") UUID id) {
        return callTaking.find(id).map(CallAnswer::of)
                .orElseThrow(() -> new NotFoundException("no call has the id " + id));
    }

    /**
     * @param type     the corrected type, or null to keep it
     * @param operator who corrects: recorded with the correction
     */
    public record CorrectionRequest(
            @Schema(example = "COMPLAINT") CallType type,
            @Schema(example = "URGENT") Urgency urgency,
            @Schema(example = "HEATING") Category category,
            @NotBlank @Size(max = 50) @Schema(example = "话务员王芳") String operator) {
    }

    @PUT
    @Path("/{id}/classification")
    @Operation(summary = "Correct a call's classification", description = "An operator overrides the type, urgency "
            + "or category (any of them; the others stay). The correction is recorded with the operator's name for "
            + "the classifier's next training, clears the review flag, and is announced as hotline.call.reclassified. "
            + "It does not open or cancel a ticket.")
    @APIResponse(responseCode = "200", description = "The call as now classified")
    @APIResponse(responseCode = "400", description = "No label given, a label outside the list, or no operator")
    @APIResponse(responseCode = "404", description = "No call has this id")
    public CallAnswer correct(@PathParam("id") UUID id, @NotNull @Valid CorrectionRequest correction) {
        return CallAnswer.of(correcting.correct(id, new Reclassification(correction.type(), correction.urgency(),
                correction.category(), correction.operator())));
    }
}
