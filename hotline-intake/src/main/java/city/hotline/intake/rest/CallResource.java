package city.hotline.intake.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.intake.domain.Call;
import city.hotline.intake.service.CallTaking;
import city.hotline.intake.service.NewCall;

@Path("/api/calls")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "来电: calls taken by operators")
public class CallResource {

    private final CallTaking callTaking;

    CallResource(CallTaking callTaking) {
        this.callTaking = callTaking;
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
}
