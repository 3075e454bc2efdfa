package city.hotline.intake.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.intake.repository.PraiseRepository;
import city.hotline.intake.repository.PraiseRepository.PraiseTally;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;

@Path("/api/praise")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Praise", description = "表扬: praise credited to communities and their workers")
public class PraiseResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PraiseRepository praise;
    private final Caller caller;

    PraiseResource(PraiseRepository praise, Caller caller) {
        this.praise = praise;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A community's praise per worker", description = "Praise received from the first day to "
            + "the last (Beijing time, both included), per worker named; workerId null counts the praise that "
            + "named nobody.")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "The community is outside the caller's unit")
    public List<PraiseTally> tally(
            @Parameter(example = "110101006001") @QueryParam("community") @NotNull @Pattern(regexp = "\\d{12}")
            String community,
            @Parameter(example = "2022-12-01") @QueryParam("from") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String from,
            @Parameter(example = "2022-12-31") @QueryParam("to") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String to) {
        caller.checkMaySee(community);
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
        return praise.tally(community, first.atStartOfDay(CHINA).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
    }

    private static LocalDate day(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "not a day: " + value);
        }
    }
}
