package city.hotline.intake.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.SUPERVISOR;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.intake.service.CallStatistics;
import city.hotline.intake.service.MonthlyRankings;
import city.hotline.intake.service.RankingReport;
import city.hotline.intake.service.StatisticsLevel;
import city.hotline.intake.service.StatisticsRebuilding;
import city.hotline.intake.service.StatisticsRebuilding.RebuildStatus;
import city.hotline.intake.service.StatisticsReport;
import city.hotline.intake.service.StatisticsScope;
import city.hotline.intake.service.TrendReport;
import city.hotline.intake.service.WeeklyTrends;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;
import io.quarkus.security.ForbiddenException;

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/stats")
@Tag(name = "Statistics", description = "Call statistics for analysts: tallies, the three rates, by community and roll-up")
public class StatisticsResource {

    private static final String CODE = "\\d{12}";

    private final CallStatistics statistics;
    private final MonthlyRankings rankings;
    private final WeeklyTrends trends;
    private final Caller caller;
    private final StatisticsRebuilding rebuilding;
    private final ObjectMapper mapper;

    StatisticsResource(CallStatistics statistics, MonthlyRankings rankings, WeeklyTrends trends, Caller caller,
            StatisticsRebuilding rebuilding, ObjectMapper mapper) {
        this.statistics = statistics;
        this.rebuilding = rebuilding;
        this.mapper = mapper;
        this.rankings = rankings;
        this.trends = trends;
        this.caller = caller;
    }

    @GET
    @Path("/weekly")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "One ISO week (Monday to Sunday, Asia/Shanghai), per community or rolled up",
            description = "Send Accept: text/csv for the same figures as CSV.")
    @APIResponse(responseCode = "400", description = "Week not in the form 2022-W48, or a code not of 12 digits")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "A supervisor names no unit, or one outside theirs")
    public Response weekly(
            @Parameter(example = "2022-W48") @QueryParam("week") @NotNull @Pattern(regexp = "\\d{4}-W\\d{2}") String week,
            @QueryParam("level") @DefaultValue("COMMUNITY") String level,
            @QueryParam("community") @Pattern(regexp = CODE) String community,
            @QueryParam("street") @Pattern(regexp = CODE) String street,
            @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Context Request request) {
        checkScope(community, street, district);
        LocalDate monday = monday(week);
        return answer(statistics.report(monday, monday.plusDays(6), CallStatistics.Granularity.TOTAL,
                new StatisticsScope(choice("level", StatisticsLevel.class, level), community, street, district),
                false), request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Any range of days, as one total or by day, week or month",
            description = "from and to are inclusive days in Asia/Shanghai, e.g. 2022-11-28 to 2022-12-05. "
                    + "Whole calendar months are read from monthly roll-ups: every count is exact, the p90s are "
                    + "to the bucket (see docs/statistics.md); exact=true reads every ticket instead. "
                    + "Send Accept: text/csv for CSV.")
    @APIResponse(responseCode = "400", description = "A missing or malformed day, a range ending before it starts")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    public Response range(
            @Parameter(example = "2022-11-28") @QueryParam("from") @NotNull String from,
            @Parameter(example = "2022-12-05") @QueryParam("to") @NotNull String to,
            @QueryParam("by") @DefaultValue("TOTAL") String by,
            @QueryParam("level") @DefaultValue("COMMUNITY") String level,
            @QueryParam("community") @Pattern(regexp = CODE) String community,
            @QueryParam("street") @Pattern(regexp = CODE) String street,
            @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Parameter(description = "read every ticket for an exact p90 (slower over long ranges)")
            @QueryParam("exact") @DefaultValue("false") @Pattern(regexp = "true|false") String exact,
            @Context Request request) {
        checkScope(community, street, district);
        return answer(statistics.report(day("from", from), day("to", to),
                choice("by", CallStatistics.Granularity.class, by),
                new StatisticsScope(choice("level", StatisticsLevel.class, level), community, street, district),
                Boolean.parseBoolean(exact)), request);
    }

    @GET
    @Path("/rankings")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Streets or communities ranked on the response, resolution and satisfaction rates of a month",
            description = "A place whose rate rests on fewer tickets than min is listed as too few to rank. Places "
                    + "with the same rate share a rank (1, 2, 2, 4). Send Accept: text/csv for CSV.")
    @APIResponse(responseCode = "400", description = "Month not in the form 2022-12, level not street or community, "
            + "min not a whole number from 1, or a district with no community")
    // The city publishes its monthly rankings: every supervisor sees the whole table, not only their unit.
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    public Response rankings(
            @Parameter(example = "2022-12") @QueryParam("month") @NotNull String month,
            @Parameter(example = "community") @QueryParam("level") @DefaultValue("COMMUNITY") String level,
            @Parameter(example = "110101000000") @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Parameter(description = "fewest tickets behind a rate to be ranked on it; by default "
                    + "hotline.statistics.ranking-minimum-tickets (10)", example = "10")
            @QueryParam("min") String min,
            @Context Request request) {
        RankingReport report = rankings.rank(yearMonth(month), choice("level", StatisticsLevel.class, level),
                district, minimum(min));
        return CsvOrJson.answer(RankingJson.of(report, mapper), () -> RankingCsv.write(report), request);
    }

    @GET
    @Path("/trends")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "每月一题: a week's top categories and those rising fastest against the four weeks before",
            description = "Per street, or for the street or district named. Praise is not counted; a category "
                    + "with fewer calls in the week than hotline.statistics.trend-minimum-calls (5) is not ranked "
                    + "as rising. Send Accept: text/csv for CSV.")
    @APIResponse(responseCode = "400", description = "Week not in the form 2022-W48, a code not of 12 digits, "
            + "both street and district, or a street or district no community lies in")
    @RolesAllowed({ADMIN, ANALYST, SUPERVISOR})
    @APIResponse(responseCode = "403", description = "A supervisor names no unit, or one outside theirs")
    public Response trends(
            @Parameter(example = "2022-W48") @QueryParam("week") @NotNull @Pattern(regexp = "\\d{4}-W\\d{2}") String week,
            @Parameter(example = "110101004000") @QueryParam("street") @Pattern(regexp = CODE) String street,
            @Parameter(example = "110101000000") @QueryParam("district") @Pattern(regexp = CODE) String district,
            @Context Request request) {
        if (street != null && district != null) {
            throw new InvalidInputException("district", "name a street or a district, not both");
        }
        checkScope(null, street, district);
        TrendReport report = trends.trends(monday(week), street, district);
        return CsvOrJson.answer(report, () -> TrendCsv.write(report), request);
    }

    @POST
    @Path("/rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute every community's roll-ups from the stored calls and tickets",
            description = "Set-based and in the background: tens of minutes at a year of a big city's volume, so the "
                    + "answer comes once it runs and GET /api/stats/rebuild/{id} tells when it has finished. The "
                    + "consumers go on meanwhile and what they change is folded in after. For after a bulk load or "
                    + "a change to how figures are counted; figures are otherwise kept within a second of each change.")
    @RolesAllowed(ADMIN)
    @APIResponse(responseCode = "202", description = "Started; its state is at the Location given")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response rebuild() {
        RebuildStatus started = rebuilding.start(caller.id());
        return Response.accepted(started).location(URI.create("/api/stats/rebuild/" + started.id())).build();
    }

    @GET
    @Path("/rebuild/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A rebuild's state: running, finished (with the community periods written and the seconds "
            + "taken) or stopped (failed, or its replica stopped; the figures are as before it)")
    @APIResponse(responseCode = "404", description = "No such rebuild")
    @RolesAllowed(ADMIN)
    public RebuildStatus rebuildStatus(@PathParam("id") long id) {
        return rebuilding.status(id).orElseThrow(() -> new NotFoundException("no rebuild " + id));
    }

    /** Streamed as read, JSON or CSV: an answer listing every community is never held whole. */
    private Response answer(StatisticsReport report, Request request) {
        return CsvOrJson.answer(StatisticsJson.of(report, mapper), () -> StatisticsCsv.of(report), request);
    }

    /** A supervisor names the community, street or district of theirs the figures are about. */
    private void checkScope(String community, String street, String district) {
        if (caller.unit().isEmpty()) {
            return;
        }
        List<String> named = Stream.of(community, street, district).filter(Objects::nonNull).toList();
        if (named.isEmpty()) {
            throw new ForbiddenException("name the community, street or district of yours the figures are about");
        }
        named.forEach(caller::checkMaySee);
    }

    /** Parsed here rather than by JAX-RS, which answers a value it cannot convert with 404. */
    private static LocalDate day(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "not a day in the form 2022-11-28: " + text);
        }
    }

    private static YearMonth yearMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("month", "not a month in the form 2022-12: " + text);
        }
    }

    private static Integer minimum(String text) {
        if (text == null) {
            return null;
        }
        try {
            int minimum = Integer.parseInt(text);
            if (minimum >= 1) {
                return minimum;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("min", "a whole number of tickets from 1, not " + text);
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "one of " + Arrays.toString(type.getEnumConstants()) + ", not " + text);
        }
    }

    private static LocalDate monday(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        LocalDate anyDayOfYear = LocalDate.of(year, 6, 1);
        if (week < 1 || week > anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException("week", year + " has no ISO week " + week);
        }
        return anyDayOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }
}
