package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.domain.Subscription;
import city.hotline.notification.domain.SubscriptionStatus;
import city.hotline.notification.service.Subscriptions;
import city.hotline.security.Caller;

@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Community systems receiving their community's ticket events by webhook: "
        + "an HTTP POST of each CloudEvent (structured JSON), signed in X-Hotline-Signature with HMAC-SHA256 of the secret")
public class SubscriptionResource {

    private final Subscriptions subscriptions;
    private final Caller caller;

    SubscriptionResource(Subscriptions subscriptions, Caller caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to one community's ticket events")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the secret, shown only here")
    @APIResponse(responseCode = "400", description = "No community code, or a URL that cannot be posted to")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "Another community than the community system's")
    public Response subscribe(@Valid @NotNull SubscriptionRequest request) {
        caller.checkMaySee(request.communityCode());
        Subscription subscription = subscriptions.subscribe(request.communityCode(), request.url(), request.secret());
        return Response.created(URI.create("/api/subscriptions/" + subscription.id))
                .entity(SubscriptionView.created(subscription)).build();
    }

    @GET
    @Operation(summary = "The subscriptions, of one community if given")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    public List<SubscriptionView> list(
            @Parameter(example = "110101004001") @QueryParam("community") String community) {
        String narrowed = caller.narrowToCommunity(QueryValues.text(community)).orElse(null);
        return subscriptions.ofCommunity(narrowed).stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    public SubscriptionView get(@PathParam("id") UUID id) {
        return SubscriptionView.of(visible(id));
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "Stop sending new events; what is already queued still goes")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    public SubscriptionView pause(@PathParam("id") UUID id) {
        visible(id);
        return SubscriptionView.of(subscriptions.setStatus(id, SubscriptionStatus.PAUSED));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Send new events again; those of the pause are not sent")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    public SubscriptionView resume(@PathParam("id") UUID id) {
        visible(id);
        return SubscriptionView.of(subscriptions.setStatus(id, SubscriptionStatus.ACTIVE));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe; deliveries still queued for it fail")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @RolesAllowed({ADMIN, COMMUNITY_SYSTEM})
    public void delete(@PathParam("id") UUID id) {
        visible(id);
        subscriptions.delete(id);
    }

    /** The subscription, when it is of a community the caller may see: a community system only its own. */
    private Subscription visible(UUID id) {
        Subscription subscription = subscriptions.byId(id)
                .orElseThrow(() -> new NotFoundException("no subscription " + id));
        caller.checkMaySee(subscription.communityCode);
        return subscription;
    }
}
