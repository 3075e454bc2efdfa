package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.registry.service.ImportSummary;
import city.hotline.registry.service.PlaceRegister;
import city.hotline.registry.service.PlaceTree;

@Path("/api/places")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places", description = "Import of a register of places and workers (一图一册)")
public class PlaceResource {

    private final PlaceRegister register;

    PlaceResource(PlaceRegister register) {
        this.register = register;
    }

    @PUT
    @Operation(summary = "Import a tree of cities, districts, streets, communities, compounds, buildings and workers",
            description = "Creates what is new and updates what changed; entries are matched by code, "
                    + "compounds and buildings by name, workers by name within their community.")
    @APIResponse(responseCode = "200", description = "What the import changed")
    @APIResponse(responseCode = "400", description = "A code, name or building reference is invalid; nothing is changed")
    @RolesAllowed(ADMIN)
    public ImportSummary importTree(@NotNull @Valid PlaceTree tree) {
        return register.importTree(tree);
    }
}
