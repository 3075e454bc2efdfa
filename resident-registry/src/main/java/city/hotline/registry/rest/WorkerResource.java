package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

import city.hotline.registry.domain.Worker;
import city.hotline.registry.domain.WorkerRole;
import city.hotline.registry.repository.WorkerRepository;
import city.hotline.registry.service.WorkerForm;
import city.hotline.registry.service.WorkerRoster;
import city.hotline.security.Caller;
import city.hotline.security.Role;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;

@Path("/api/workers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workers", description = "社工, 网格员, 楼长, 志愿者, 物业: the people tickets are dispatched to")
public class WorkerResource {

    /** Whether a worker takes tickets now. */
    public record Duty(@NotNull Boolean onDuty) {
    }

    private final WorkerRoster roster;
    private final Caller caller;

    WorkerResource(WorkerRoster roster, Caller caller) {
        this.roster = roster;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Workers, phones masked", description = "Filters combine; a filter left out does not narrow the list.")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public PageOf<WorkerRecord> list(
            @QueryParam("community") @Pattern(regexp = "\\d{12}") @Parameter(example = "110101006001") String community,
            @QueryParam("role") @Parameter(example = "BUILDING_HEAD") WorkerRole role,
            @QueryParam("building") @Parameter(description = "compound/building", example = "东四二条11号院/1号楼")
            String building,
            @QueryParam("onDuty") Boolean onDuty,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String narrowed = caller.narrowToCommunity(community).orElse(null);
        return PageOf.of(roster.search(new WorkerRepository.Filter(narrowed, role, building, onDuty),
                Page.of(page, size)), WorkerRecord::masked);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One worker, with their phone",
            description = "The phone is masked but for operators, administrators and the community's own workers.")
    @APIResponse(responseCode = "404", description = "No worker has this id")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public WorkerRecord get(@PathParam("id") UUID id) {
        Worker worker = roster.find(id);
        caller.checkMaySee(worker.community.code);
        return caller.seesPersonalDataOf(worker.community.code) ? WorkerRecord.of(worker) : WorkerRecord.masked(worker);
    }

    @POST
    @Operation(summary = "Register a worker")
    @APIResponse(responseCode = "201", description = "Registered; Location names the record")
    @APIResponse(responseCode = "400", description = "Unknown community or building, malformed phone, missing field")
    @APIResponse(responseCode = "409", description = "The community already has a worker of this name")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public Response register(@NotNull @Valid WorkerForm form) {
        caller.checkMaySee(form.communityCode());
        WorkerRecord created = WorkerRecord.of(roster.register(form));
        return Response.created(URI.create("/api/workers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a worker: role, title, phone, duties, the buildings they answer for")
    @APIResponse(responseCode = "404", description = "No worker has this id")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public WorkerRecord update(@PathParam("id") UUID id, @NotNull @Valid WorkerForm form) {
        caller.checkMaySee(roster.find(id).community.code);
        caller.checkMaySee(form.communityCode());
        return WorkerRecord.of(roster.update(id, form));
    }

    @PUT
    @Path("/{id}/duty")
    @Operation(summary = "Put a worker on or off duty (上岗/下岗)", description = "Dispatch routes tickets only to workers on duty.")
    @APIResponse(responseCode = "404", description = "No worker has this id")
    @RolesAllowed({ADMIN, SUPERVISOR, WORKER})
    @APIResponse(responseCode = "403", description = "A worker sets only their own duty")
    public WorkerRecord setDuty(@PathParam("id") UUID id, @NotNull @Valid Duty duty) {
        caller.checkMaySee(roster.find(id).community.code);
        if (caller.is(Role.WORKER) && !caller.workerId().map(id::equals).orElse(false)) {
            throw new ForbiddenException("a worker puts only themselves on or off duty");
        }
        return WorkerRecord.of(roster.setOnDuty(id, duty.onDuty()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a worker")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No worker has this id")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public void remove(@PathParam("id") UUID id) {
        caller.checkMaySee(roster.find(id).community.code);
        roster.remove(id);
    }
}
