package city.hotline.dispatch.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * The deadline policy: the working week, how long each kind of ticket may take to be accepted
 * and resolved, in clock or working time, and how often a late one goes a level up.
 *
 * @param workingHours   when the community's offices work; {@link Counted#WORKING_TIME} counts only these
 * @param urgent         URGENT tickets, whatever their category
 * @param normal         other tickets, unless their category has a window of its own
 * @param complexResolve resolve-by of a ticket marked complex, counted in working time from its opening
 * @param categories     windows of categories that do not follow {@code normal}, e.g. water and heating
 */
public record DeadlineRules(WorkingHours workingHours, Window urgent, Window normal,
        @Schema(example = "P15D") String complexResolve, Map<Category, Window> categories) {

    /**
     * @param nightStarts from then until work starts the next morning escalation notices to the
     *                    street and district of tickets that are not URGENT are held
     */
    public record WorkingHours(@Schema(example = "[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]")
            Set<DayOfWeek> days,
            @JsonFormat(pattern = "HH:mm") @Schema(example = "08:30", implementation = String.class) LocalTime start,
            @JsonFormat(pattern = "HH:mm") @Schema(example = "17:30", implementation = String.class) LocalTime end,
            @JsonFormat(pattern = "HH:mm") @Schema(example = "22:00", implementation = String.class)
            LocalTime nightStarts) {
    }

    /**
     * @param accept        from dispatch (or the latest offer) to accepted, e.g. {@code PT2H}
     * @param resolve       from the opening (or reopening) to resolved, e.g. {@code P7D}
     * @param escalateEvery after the resolve-by is missed, between one level and the next
     * @param counted       whether the three run around the clock or in working time
     */
    public record Window(@Schema(example = "PT2H") String accept, @Schema(example = "P7D") String resolve,
            @Schema(example = "P1D") String escalateEvery, Counted counted) {
    }

    /** The window a ticket's deadlines are counted by. */
    public Window windowOf(Urgency urgency, Category category) {
        if (urgency == Urgency.URGENT) {
            return urgent;
        }
        Window own = category == null || categories == null ? null : categories.get(category);
        return own != null ? own : normal;
    }
}
