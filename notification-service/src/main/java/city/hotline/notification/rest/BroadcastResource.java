package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.domain.Broadcast;
import city.hotline.notification.domain.BroadcastRecipient;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.repository.BroadcastRepository;
import city.hotline.notification.service.Broadcasts;
import city.hotline.notification.service.ResidentSelection;
import city.hotline.security.Caller;

@Path("/api/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Broadcasts", description = "未诉先办: a community office's message to many, now or at a time")
public class BroadcastResource {

    private final Broadcasts broadcasts;
    private final BroadcastRepository repository;
    private final Caller caller;

    BroadcastResource(Broadcasts broadcasts, BroadcastRepository repository, Caller caller) {
        this.broadcasts = broadcasts;
        this.repository = repository;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message to a community's workers, its residents or listed people, now or at a time",
            description = "Fans out once to one notification per recipient; a person listed twice is told once.")
    @APIResponse(responseCode = "201", description = "Recorded, and fanned out unless it is for later")
    @APIResponse(responseCode = "400", description = "An unknown community, an empty message, a recipient no channel reaches")
    @RolesAllowed({ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "The community is outside the caller's unit")
    public Response send(@Valid @NotNull BroadcastRequest request) {
        caller.checkMaySee(request.communityCode());
        List<BroadcastRecipient> recipients = request.recipients() == null ? null : request.recipients().stream()
                .map(recipient -> recipient == null ? null
                        : new BroadcastRecipient(recipient.name(), recipient.phone(), recipient.building()))
                .toList();
        Broadcast broadcast = broadcasts.send(request.communityCode(), request.message(), request.audience(),
                recipients, new ResidentSelection(request.buildings(), request.tags(), request.controlZoneId()),
                request.channel() == null ? DeliveryChannel.SMS : request.channel(), request.urgent(),
                request.sendAt());
        return Response.created(URI.create("/api/broadcasts/" + broadcast.id)).entity(view(broadcast)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A broadcast and its delivery counts by channel and status")
    @APIResponse(responseCode = "404", description = "No such broadcast")
    @RolesAllowed({ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public BroadcastView get(@PathParam("id") UUID id) {
        Broadcast broadcast = broadcasts.byId(id).orElseThrow(() -> new NotFoundException("no broadcast " + id));
        caller.checkMaySee(broadcast.communityCode);
        return view(broadcast);
    }

    private BroadcastView view(Broadcast broadcast) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Object[] row : repository.deliveryCounts(broadcast.id)) {
            counts.computeIfAbsent(row[0].toString(), channel -> new TreeMap<>()).put(row[1].toString(), (Long) row[2]);
        }
        return BroadcastView.of(broadcast, counts);
    }
}
