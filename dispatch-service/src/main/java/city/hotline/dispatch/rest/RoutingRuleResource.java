package city.hotline.dispatch.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import city.hotline.web.InvalidInputException;

@Path("/api/communities/{code}/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules", description = "Which roles of a community take each category of ticket")
public class RoutingRuleResource {

    static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

    private final RoutingRules rules;

    RoutingRuleResource(RoutingRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "The table a community routes by: its own, else the default ('*')")
    public Map<Category, List<String>> get(
            @Parameter(description = "community code, or * for the default table", example = "110101004001")
            @PathParam("code") String code) {
        return rules.table(code);
    }

    @PUT
    @Operation(summary = "Replaces a community's table (or the default one, '*'): category → roles, most preferred first")
    @APIResponse(responseCode = "200", description = "The table now in force")
    @APIResponse(responseCode = "400", description = "An unknown category or role")
    public Map<Category, List<String>> replace(
            @PathParam("code") @Pattern(regexp = "\\*|\\d{12}", message = "must be a 12-digit community code or *") String code,
            @NotNull @NotEmpty Map<Category, List<String>> table) {
        table.forEach((category, roles) -> roles.stream().filter(role -> !ROLES.contains(role)).findFirst()
                .ifPresent(role -> {
                    throw new InvalidInputException(category.name(), role + " is not a role; roles are " + ROLES);
                }));
        return rules.replace(code, table);
    }
}
