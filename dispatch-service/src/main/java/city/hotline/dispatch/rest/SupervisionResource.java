package city.hotline.dispatch.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.SUPERVISOR;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.dispatch.service.ClearanceReport;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;

@Path("/api/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision", description = "督办: what is late or escalated, and each community's daily clearance")
@Transactional(Transactional.TxType.SUPPORTS)
public class SupervisionResource {

    private final TicketRepository tickets;
    private final ClearanceReport clearance;
    private final Clock clock;
    private final Caller caller;

    SupervisionResource(TicketRepository tickets, ClearanceReport clearance, Clock clock, Caller caller) {
        this.tickets = tickets;
        this.clearance = clearance;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Path("/late")
    @Operation(summary = "Tickets of a community, street or district that are past a deadline or escalated, "
            + "most urgent deadline first")
    @APIResponse(responseCode = "400", description = "None or more than one of community, street, district given")
    @RolesAllowed({ADMIN, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "The unit is outside the supervisor's")
    public List<TicketView> late(
            @Parameter(description = "community code", example = "110101004001") @QueryParam("community") String community,
            @Parameter(description = "street code", example = "110101004") @QueryParam("street") String street,
            @Parameter(description = "district code", example = "110101") @QueryParam("district") String district) {
        long given = Stream.of(community, street, district).filter(Objects::nonNull).count();
        if (given != 1) {
            throw new InvalidInputException("community", "give exactly one of community, street or district");
        }
        caller.checkMaySee(Stream.of(community, street, district).filter(Objects::nonNull).findFirst().orElseThrow());
        return tickets.lateOrEscalated(new TicketRepository.Area(community, street, district), OffsetDateTime.now(clock))
                .stream().map(TicketView::of).toList();
    }

    @GET
    @Path("/clearance")
    @Operation(summary = "一日一清零: a community's tickets dispatched, resolved and carried over on a day (Asia/Shanghai)")
    @APIResponse(responseCode = "400", description = "community or date missing or malformed")
    @RolesAllowed({ADMIN, SUPERVISOR, ANALYST, COMMUNITY_SYSTEM})
    public ClearanceReport.Day clearance(
            @Parameter(description = "community code", example = "110101004001") @QueryParam("community") @NotBlank String community,
            @Parameter(description = "the day", example = "2022-12-05") @QueryParam("date") @NotNull LocalDate date) {
        caller.checkMaySee(community);
        return clearance.of(community, date);
    }
}
