package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.service.GatewaySink;

@Path("/api/gateway-sink")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gateway sink", description = "A stand-in for the SMS and WeChat gateways, for the local stack: "
        + "it takes messages as a gateway would and shows them")
public class GatewaySinkResource {

    private final GatewaySink sink;

    GatewaySinkResource(GatewaySink sink) {
        this.sink = sink;
    }

    /**
     * The gateway's own form of a message; validated as a gateway would. Open to anyone like a gateway's API (the
     * service posts to it without a token: see quarkus.http.auth.permission.gateway-sink); reading what it took
     * is for administrators.
     */
    public record Message(@NotBlank @Size(max = 30) String to, @NotBlank String text,
            @Size(max = 100) String reference) {
    }

    @POST
    @Path("/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a message as the SMS or WeChat gateway would")
    @APIResponse(responseCode = "202", description = "Taken")
    public Response take(@PathParam("channel") @Pattern(regexp = "(?i)sms|wechat", message = "must be sms or wechat")
            String channel, @Valid @NotNull Message message) {
        GatewaySink.Received received = sink.take(channel.toLowerCase(Locale.ROOT), message.to(), message.text(),
                message.reference());
        return Response.accepted(received).build();
    }

    @GET
    @Operation(summary = "Everything the stand-in gateways took, oldest first (the last " + GatewaySink.KEPT + ")")
    @RolesAllowed(ADMIN)
    public List<GatewaySink.Received> all() {
        return sink.all();
    }

    @GET
    @Path("/{channel}")
    @Operation(summary = "What one stand-in gateway took, oldest first")
    @RolesAllowed(ADMIN)
    public List<GatewaySink.Received> of(@PathParam("channel") String channel) {
        return sink.of(channel.toLowerCase(Locale.ROOT));
    }
}
