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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    private static final String CSV_EXAMPLE = "from,to,section,communityCode,communityName,workerId,workerName,"
            + "praise,callId,receivedAt,text\r\n"
            + "2022-11-28,2022-12-05,total,,,,,3,,,\r\n"
            + "2022-11-28,2022-12-05,community,110101004001,钟楼湾社区,,,3,,,\r\n"
            + "2022-11-28,2022-12-05,worker,110101004001,钟楼湾社区,w-1001,王芳,2,,,\r\n"
            + "2022-11-28,2022-12-05,call,110101004001,钟楼湾社区,,王芳,,6f1c2a4e-0d7b-4f3e-9a51-2b8c7d9e0f13,"
            + "2022-12-01 10:00:00,\"表扬王芳, 封控期间天天给我们送菜\"\r\n";

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
    @Produces({MediaType.APPLICATION_JSON, CsvOrJson.CSV})
    @Operation(summary = "表扬榜: praise per community and per worker credited in a period, with the newest calls",
            description = "From the first day to the last (Beijing time, both included), in the community, street "
                    + "or district named, or the whole city. The praising calls are listed newest first, at most "
                    + "limit (50 by default, 200 at most), with their texts; an analyst, who reads no calls, gets "
                    + "the counts and callsWithheld true. Send Accept: text/csv for one CSV of the same, a line "
                    + "per total, community, worker and call, told apart by its section (docs/statistics.md).")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    @APIResponse(responseCode = "200", description = "The board; as CSV, UTF-8 with a byte-order mark", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PraiseBoardReport.class)),
        @Content(mediaType = CsvOrJson.CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE)})
    @APIResponse(responseCode = "400", description = "A malformed day, a period ending before it starts, a limit "
            + "outside 1..200, or a place no community lies in")
    @APIResponse(responseCode = "403", description = "A supervisor names no place, or one outside their unit")
    public Response board(
            @Parameter(example = "2022-11-28") @QueryParam("from") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String from,
            @Parameter(example = "2022-12-05") @QueryParam("to") @NotNull
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String to,
            @Parameter(example = "110101004001") @QueryParam("community") @Pattern(regexp = CODE) String community,
            @Parameter(example = "110101004000") @QueryParam("street") @Pattern(regexp = CODE) String street,
            @Parameter(example = "110101000000") @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") @Pattern(regexp = "\\d{1,9}")
            String limit,
            @Context Request request) {
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
        PraiseBoardReport report = board.board(day("from", from), day("to", to),
                new StatisticsScope(StatisticsLevel.COMMUNITY, community, street, district), withTexts, most);
        return CsvOrJson.answer(report, () -> PraiseBoardCsv.write(report), request);
    }

    private static LocalDate day(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(parameter, "not a day: " + value);
        }
    }
}
