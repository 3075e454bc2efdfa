package city.hotline.dispatch.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.SUPERVISOR;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.service.RoutingRules;
import city.hotline.events.Category;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;
import io.quarkus.security.ForbiddenException;

@Path("/api/communities/{code}/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules", description = "Which roles of a community take each category of ticket")
public class RoutingRuleResource {

    static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

    /** The code of the table every community without its own routes by. */
    private static final String DEFAULT_TABLE = "*";

    private final RoutingRules rules;
    private final Caller caller;

    RoutingRuleResource(RoutingRules rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The table a community routes by: its own, else the default ('*')")
    @RolesAllowed({ADMIN, SUPERVISOR, COMMUNITY_SYSTEM})
    public Map<Category, List<String>> get(
            @Parameter(description = "community code, or * for the default table", example = "110101004001")
            @PathParam("code") String code) {
        if (!DEFAULT_TABLE.equals(code)) {
            caller.checkMaySee(code);
        }
        return rules.table(code);
    }

    @PUT
    @Operation(summary = "Replaces a community's table (or the default one, '*'): category → roles, most preferred first")
    @APIResponse(responseCode = "200", description = "The table now in force")
    @APIResponse(responseCode = "400", description = "An unknown category or role")
    @RolesAllowed({ADMIN, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "Another unit's community, or the default table, which only administrators change")
    public Map<Category, List<String>> replace(
            @PathParam("code") @Pattern(regexp = "\\*|\\d{12}", message = "must be a 12-digit community code or *") String code,
            @NotNull @NotEmpty Map<Category, List<String>> table) {
        if (DEFAULT_TABLE.equals(code) ? caller.unit().isPresent() : !caller.maySee(code)) {
            throw new ForbiddenException("the caller may not change the routing table of " + code);
        }
        table.forEach((category, roles) -> {
            if (roles == null) {
                throw new InvalidInputException(category.name(), "must be a list of roles; roles are " + ROLES);
            }
            for (String role : roles) {
                if (role == null || !ROLES.contains(role)) {
                    throw new InvalidInputException(category.name(), role + " is not a role; roles are " + ROLES);
                }
            }
        });
        return rules.replace(code, table);
    }
}
