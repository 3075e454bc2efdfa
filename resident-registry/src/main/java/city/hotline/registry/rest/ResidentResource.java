package city.hotline.registry.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.HeaderParam;
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
import io.quarkus.panache.common.Page;

@Path("/api/residents")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residents", description = "居民: households, residents and the vulnerable among them (特殊人群)")
public class ResidentResource {

    private final ResidentRegister register;

    ResidentResource(ResidentRegister register) {
        this.register = register;
    }

    @GET
    @Operation(summary = "Residents, names and phones masked (魏先生, 138****5678)",
            description = "Filters combine; a filter left out does not narrow the list.")
    public PageOf<ResidentSummary> list(
            @QueryParam("community") @Pattern(regexp = "\\d{12}") @Parameter(example = "110101004001") String community,
            @QueryParam("building") @Parameter(description = "compound/building", example = "钟库胡同1号院/整院")
            String building,
            @QueryParam("tag") @Parameter(example = "DIALYSIS") VulnerabilityTag tag,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return PageOf.of(register.search(new ResidentRepository.Filter(community, building, tag), Page.of(page, size)),
                ResidentSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A resident's full record; the reading is written to the access log",
            description = "Give who is asking in the X-Hotline-User header and why in the reason parameter.")
    @APIResponse(responseCode = "200", description = "The full record")
    @APIResponse(responseCode = "400", description = "Who or why is missing")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    public ResidentRecord get(@PathParam("id") UUID id,
            @HeaderParam(Headers.USER) @NotBlank @Size(max = 100) @Parameter(description = "the user id of who asks (HTTP headers are ASCII)", example = "shen.haiyan") String user,
            @QueryParam("reason") @NotBlank @Size(max = 300) @Parameter(example = "安排透析车辆") String reason) {
        return ResidentRecord.of(register.read(id, user, reason));
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(summary = "Who read the resident's full record, when and why, latest first")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    public List<ResidentAccess> accessLog(@PathParam("id") UUID id) {
        return register.accessLog(id);
    }

    @POST
    @Operation(summary = "Register a resident; the household is created with its first resident")
    @APIResponse(responseCode = "201", description = "Registered; Location names the record")
    @APIResponse(responseCode = "400", description = "Unknown community or building, malformed phone, missing field")
    @APIResponse(responseCode = "409", description = "A resident of this name is already registered in this household")
    public Response register(@NotNull @Valid ResidentForm form) {
        ResidentRecord created = ResidentRecord.of(register.register(form));
        return Response.created(URI.create("/api/residents/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a resident (a new address moves them to that household)")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    public ResidentRecord update(@PathParam("id") UUID id, @NotNull @Valid ResidentForm form) {
        return ResidentRecord.of(register.update(id, form));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a resident (moved away, died, entered by mistake)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No resident has this id")
    public void remove(@PathParam("id") UUID id) {
        register.remove(id);
    }
}
