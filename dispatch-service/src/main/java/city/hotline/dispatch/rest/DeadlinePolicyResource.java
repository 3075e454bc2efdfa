package city.hotline.dispatch.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.domain.DeadlineRules;
import city.hotline.dispatch.service.DeadlineSettings;

@Path("/api/deadline-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deadline policy", description = "办理时限: working hours, and how long tickets may take to be accepted and resolved")
public class DeadlinePolicyResource {

    private final DeadlineSettings settings;

    DeadlinePolicyResource(DeadlineSettings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, ANALYST, COMMUNITY_SYSTEM})
    @Operation(summary = "The deadline policy in force: the one set here, else the configured one")
    public DeadlineRules get() {
        return settings.current();
    }

    @PUT
    @RolesAllowed(ADMIN)
    @Operation(summary = "Puts a deadline policy in force for every deadline counted from now on; "
            + "deadlines already set stay")
    @APIResponse(responseCode = "200", description = "The policy now in force")
    @APIResponse(responseCode = "400", description = "A field is missing or makes no sense "
            + "(a limit that is not positive, work that ends before it starts ...)")
    public DeadlineRules replace(@NotNull DeadlineRules rules) {
        return settings.replace(rules);
    }

    @DELETE
    @RolesAllowed(ADMIN)
    @Operation(summary = "Back to the configured deadline policy")
    @APIResponse(responseCode = "200", description = "The configured policy, now in force")
    public DeadlineRules reset() {
        return settings.reset();
    }
}
