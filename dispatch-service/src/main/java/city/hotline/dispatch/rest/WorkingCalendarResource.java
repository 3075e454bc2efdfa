package city.hotline.dispatch.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.domain.CalendarDay;
import city.hotline.dispatch.service.WorkingDays;

@Path("/api/working-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Working calendar", description = "法定节假日与调休: public holidays and weekend days worked instead")
public class WorkingCalendarResource {

    /** A day that breaks the working week. */
    public record Day(@Schema(example = "2023-01-28") LocalDate date, CalendarDay.Kind kind,
            @Schema(example = "春节调休") String name) {

        static Day of(CalendarDay day) {
            return new Day(day.day, day.kind, day.name);
        }
    }

    /** What a day becomes. */
    public record Change(@NotNull @Schema(example = "HOLIDAY") CalendarDay.Kind kind,
            @NotBlank @Size(max = 50) @Schema(example = "春节") String name) {
    }

    private final WorkingDays workingDays;

    WorkingCalendarResource(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GET
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, ANALYST, COMMUNITY_SYSTEM})
    @Operation(summary = "The holidays and adjusted working days of a year; other days follow the working week")
    @APIResponse(responseCode = "400", description = "year missing or out of range")
    public List<Day> year(@Parameter(example = "2023") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return workingDays.of(year).stream().map(Day::of).toList();
    }

    @PUT
    @RolesAllowed(ADMIN)
    @Path("/{date}")
    @Operation(summary = "Makes a day a public holiday (HOLIDAY) or a working day (WORKDAY, 调休)")
    @APIResponse(responseCode = "200", description = "The day as it now counts")
    @APIResponse(responseCode = "400", description = "Not a date, or kind or name missing")
    public Day set(@Parameter(example = "2024-02-10") @PathParam("date") LocalDate date, @NotNull @Valid Change change) {
        return Day.of(workingDays.set(date, change.kind(), change.name()));
    }

    @DELETE
    @RolesAllowed(ADMIN)
    @Path("/{date}")
    @Operation(summary = "The day follows the working week again")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The day was neither a holiday nor an adjusted working day")
    public void remove(@PathParam("date") LocalDate date) {
        workingDays.remove(date);
    }
}
