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
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
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
import city.hotline.intake.service.PraiseBoard;
import city.hotline.intake.service.PraiseBoardReport;
import city.hotline.intake.service.StatisticsLevel;
import city.hotline.intake.service.StatisticsScope;
import city.hotline.security.Role;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;
import io.quarkus.security.ForbiddenException;

@Path("/api/praise")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Praise", description = "表扬: praise credited to communities and their workers")
public class PraiseResource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CODE = "\\d{12}";
    /** The most praising calls one board lists. */
    private static final int MOST_CALLS = 200;

    private final PraiseRepository praise;
    private final PraiseBoard board;
    private final Caller caller;

    PraiseResource(PraiseRepository praise, PraiseBoard board, Caller caller) {
        this.praise = praise;
        this.board = board;
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

    @GET
    @Path("/board")
    @Operation(summary = "表扬榜: praise per community and per worker credited in a period, with the newest calls",
            description = "From the first day to the last (Beijing time, both included), in the community, street "
                    + "or district named, or the whole city. The praising calls are listed newest first, at most "
                    + "limit (50 by default, 200 at most), with their texts; an analyst, who reads no calls, gets "
                    + "the counts and callsWithheld true.")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    @APIResponse(responseCode = "400", description = "A malformed day, a period ending before it starts, a limit "
            + "outside 1..200, or a place no community lies in")
    @APIResponse(responseCode = "403", description = "A supervisor names no place, or one outside their unit")
    public PraiseBoardReport board(
            @Parameter(example = "2022-11-28") @QueryParam("from") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String from,
            @Parameter(example = "2022-12-05") @QueryParam("to") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String to,
            @Parameter(example = "110101004001") @QueryParam("community") @Pattern(regexp = CODE) String community,
            @Parameter(example = "110101004000") @QueryParam("street") @Pattern(regexp = CODE) String street,
            @Parameter(example = "110101000000") @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") @Pattern(regexp = "\\d{1,9}")
            String limit) {
        List<String> named = Stream.of(community, street, district).filter(Objects::nonNull).toList();
        if (named.size() > 1) {
            throw new InvalidInputException("community", "name one community, street or district, not several");
        }
        if (caller.unit().isPresent() && named.isEmpty()) {
            throw new ForbiddenException("name the community, street or district of yours the praise is about");
        }
        named.forEach(caller::checkMaySee);
        int most = Integer.parseInt(limit);
        if (most < 1 || most > MOST_CALLS) {
            throw new InvalidInputException("limit", "from 1 to " + MOST_CALLS + " calls, not " + limit);
        }
        // Praise texts may name the caller: they reach only those who read calls (docs/security.md).
        boolean withTexts = !caller.is(Role.ANALYST);
        return board.board(day("from", from), day("to", to),
                new StatisticsScope(StatisticsLevel.COMMUNITY, community, street, district), withTexts, most);
    }

    private static LocalDate day(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "not a day: " + value);
        }
    }
}
