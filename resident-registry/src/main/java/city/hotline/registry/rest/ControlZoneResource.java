package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.SUPERVISOR;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import city.hotline.events.ControlZoneRegistered;
import city.hotline.registry.domain.ControlZone;
import city.hotline.registry.service.ControlZoneForm;
import city.hotline.registry.service.ControlZones;
import city.hotline.security.Caller;
import io.quarkus.security.Authenticated;

@Path("/api/control-zones")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control zones", description = "封控区 / 管控区: buildings under temporary control")
public class ControlZoneResource {

    /** A zone as the registry holds it; {@code endsAt} null while not lifted. */
    public record ZoneRecord(ControlZoneRegistered zone, String note) {

        static ZoneRecord of(ControlZone zone) {
            return new ZoneRecord(zone.registered(), zone.note);
        }
    }

    /** Whether a building is under control at a time, and by which zones. */
    public record ControlStatus(String communityCode, String building, OffsetDateTime at, boolean underControl,
            List<ControlZoneRegistered> zones) {
    }

    private final ControlZones zones;
    private final Caller caller;

    ControlZoneResource(ControlZones zones, Caller caller) {
        this.zones = zones;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A community's control zones, latest first")
    @Authenticated
    public List<ZoneRecord> list(
            @QueryParam("community") @NotNull @Pattern(regexp = "\\d{12}") @Parameter(example = "110101005001")
            String community) {
        return zones.ofCommunity(community).stream().map(ZoneRecord::of).toList();
    }

    @GET
    @Path("/status")
    @Operation(summary = "Is this building under control at this time?",
            description = "A zone holds its buildings from startsAt (inclusive) until endsAt (exclusive); "
                    + "at defaults to now.")
    @APIResponse(responseCode = "400", description = "Unknown building")
    @Authenticated
    public ControlStatus status(
            @QueryParam("community") @NotNull @Pattern(regexp = "\\d{12}") @Parameter(example = "110101005001")
            String community,
            @QueryParam("building") @NotBlank @Parameter(example = "后永康胡同6号院/整院") String building,
            @QueryParam("at") @Parameter(example = "2022-05-20T10:00:00+08:00") OffsetDateTime at) {
        OffsetDateTime time = at == null ? OffsetDateTime.now(ZoneOffset.UTC) : at;
        List<ControlZoneRegistered> inForce = zones.inForce(community, building, time).stream()
                .map(ControlZone::registered).toList();
        return new ControlStatus(community, building, time, !inForce.isEmpty(), inForce);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One control zone")
    @APIResponse(responseCode = "404", description = "No zone has this id")
    @Authenticated
    public ZoneRecord get(@PathParam("id") UUID id) {
        return ZoneRecord.of(zones.find(id));
    }

    @POST
    @Operation(summary = "Declare a control zone")
    @APIResponse(responseCode = "201", description = "Declared; Location names it")
    @APIResponse(responseCode = "400", description = "Unknown community or building, end before start")
    @RolesAllowed({ADMIN, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "The community is outside the supervisor's unit")
    public Response declare(@NotNull @Valid ControlZoneForm form) {
        caller.checkMaySee(form.communityCode());
        ZoneRecord declared = ZoneRecord.of(zones.declare(form));
        return Response.created(URI.create("/api/control-zones/" + declared.zone().zoneId())).entity(declared).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a control zone, e.g. lift it by giving endsAt")
    @APIResponse(responseCode = "404", description = "No zone has this id")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public ZoneRecord update(@PathParam("id") UUID id, @NotNull @Valid ControlZoneForm form) {
        caller.checkMaySee(zones.find(id).community.code);
        caller.checkMaySee(form.communityCode());
        return ZoneRecord.of(zones.update(id, form));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a zone entered by mistake (lift a real one instead)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No zone has this id")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public void remove(@PathParam("id") UUID id) {
        caller.checkMaySee(zones.find(id).community.code);
        zones.remove(id);
    }
}
