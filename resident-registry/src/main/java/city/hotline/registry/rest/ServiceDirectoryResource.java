package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.registry.domain.ServiceDirectory;
import city.hotline.registry.service.ServiceDirectories;
import city.hotline.registry.service.ServiceDirectoryForm;
import city.hotline.security.Caller;
import io.quarkus.security.Authenticated;

@Path("/api/communities/{code}/service-directory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service directory", description = "便民卡: whom residents call for gas, repairs, vegetables, meals, medicine")
public class ServiceDirectoryResource {

    /** A community's card as residents get it. */
    public record Card(String communityCode, Instant updatedAt, List<ServiceDirectoryForm.Line> lines) {

        static Card of(ServiceDirectory directory) {
            return new Card(directory.communityCode, directory.updatedAt, directory.lines.stream()
                    .map(line -> new ServiceDirectoryForm.Line(line.kind, line.name, line.phone, line.hours, line.note))
                    .toList());
        }
    }

    private final ServiceDirectories directories;
    private final Caller caller;

    ServiceDirectoryResource(ServiceDirectories directories, Caller caller) {
        this.directories = directories;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The community's service directory")
    @APIResponse(responseCode = "404", description = "No community has this code, or it has no directory yet")
    @Authenticated
    public Card get(@PathParam("code") String code) {
        return directories.of(code).map(Card::of)
                .orElseThrow(() -> new NotFoundException("community " + code + " has no service directory yet"));
    }

    @PUT
    @Operation(summary = "Replace the community's service directory (a new card)")
    @APIResponse(responseCode = "400", description = "A line is incomplete or its phone malformed; nothing changed")
    @APIResponse(responseCode = "404", description = "No community has this code")
    @RolesAllowed({ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public Card publish(@PathParam("code") String code, @NotNull @Valid ServiceDirectoryForm form) {
        caller.checkMaySee(code);
        return Card.of(directories.publish(code, form));
    }
}
