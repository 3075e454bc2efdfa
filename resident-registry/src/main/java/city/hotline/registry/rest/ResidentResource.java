package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import city.hotline.registry.domain.ResidentAccess;
import city.hotline.registry.domain.VulnerabilityTag;
import city.hotline.registry.repository.ResidentRepository;
import city.hotline.registry.service.ResidentForm;
import city.hotline.registry.service.ResidentRegister;
import city.hotline.security.Caller;
import io.quarkus.panache.common.Page;

@Path("/api/residents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents", description = "居民: households, residents and the vulnerable among them (特殊人群)")
public class ResidentResource {

    private final ResidentRegister register;
    private final Caller caller;

    ResidentResource(ResidentRegister register, Caller caller) {
        this.register = register;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Residents, names and phones masked (魏先生, 138****5678)",
            description = "Filters combine; a filter left out does not narrow the list.")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public PageOf<ResidentSummary> list(
            @QueryParam("community") @Pattern(regexp = "\\d{12}") @Parameter(example = "110101004001") String community,
            @QueryParam("building") @Parameter(description = "compound/building", example = "钟库胡同1号院/整院")
            String building,
            @QueryParam("tag") @Parameter(example = "DIALYSIS") VulnerabilityTag tag,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        String narrowed = caller.narrowToCommunity(community).orElse(null);
        return PageOf.of(register.search(new ResidentRepository.Filter(narrowed, building, tag), Page.of(page, size)),
                ResidentSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A resident's full record; the reading is written to the access log",
            description = "Who reads is the subject of the caller's token; give why in the reason parameter. "
                    + "Operators, administrators and the workers of the resident's community may read it.")
    @APIResponse(responseCode = "200", description = "The full record")
    @APIResponse(responseCode = "400", description = "The reason is missing")
    @APIResponse(responseCode = "403", description = "Not a role that reads full records, or another community's resident")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    @RolesAllowed({ADMIN, OPERATOR, WORKER})
    public ResidentRecord get(@PathParam("id") UUID id,
            @QueryParam("reason") @NotBlank @Size(max = 300) @Parameter(example = "安排透析车辆") String reason) {
        // Checked before the reading is logged: a refused reading reads nothing.
        caller.checkMaySee(communityOf(id));
        return ResidentRecord.of(register.read(id, caller.id(), reason));
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(summary = "Who read the resident's full record, when and why, latest first")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    @RolesAllowed(ADMIN)
    public List<ResidentAccess> accessLog(@PathParam("id") UUID id) {
        return register.accessLog(id);
    }

    @POST
    @Operation(summary = "Register a resident; the household is created with its first resident")
    @APIResponse(responseCode = "201", description = "Registered; Location names the record")
    @APIResponse(responseCode = "400", description = "Unknown community or building, malformed phone, missing field")
    @APIResponse(responseCode = "409", description = "A resident of this name is already registered in this household")
    @RolesAllowed({ADMIN, WORKER})
    public Response register(@NotNull @Valid ResidentForm form) {
        caller.checkMaySee(form.communityCode());
        ResidentRecord created = ResidentRecord.of(register.register(form));
        return Response.created(URI.create("/api/residents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a resident (a new address moves them to that household)")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    @RolesAllowed({ADMIN, WORKER})
    public ResidentRecord update(@PathParam("id") UUID id, @NotNull @Valid ResidentForm form) {
        caller.checkMaySee(communityOf(id));
        caller.checkMaySee(form.communityCode());
        return ResidentRecord.of(register.update(id, form));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a resident (moved away, died, entered by mistake)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    @RolesAllowed({ADMIN, WORKER})
    public void remove(@PathParam("id") UUID id) {
        caller.checkMaySee(communityOf(id));
        register.remove(id);
    }

    private String communityOf(UUID id) {
        return register.find(id).household.community().code;
    }
}
