package city.hotline.dispatch.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import city.hotline.dispatch.domain.Counted;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The deadline policy a service starts with, until one is set through the API: working hours,
 * how long a ticket may wait to be accepted and to be resolved, and how often a late one is
 * escalated a level further. See {@link city.hotline.dispatch.domain.DeadlineRules}.
 */
@ConfigMapping(prefix = "hotline.dispatch.deadlines")
public interface DeadlineConfig {

    /** The time zone the city works in: working hours and the days of the clearance report are in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    WorkingHours workingHours();

    /**
     * How old this replica's copy of the working calendar and of the rules set through the API may grow before
     * it is read again: a change made through another replica counts here from at most this long after it.
     */
    @WithDefault("5s")
    Duration rereadAfter();

    /** URGENT tickets: life, health or safety at risk. */
    Window urgent();

    /** Every other ticket. */
    Window normal();

    /** Resolve-by of a ticket marked complex, in working time. */
    String complexResolve();

    /** Windows of categories that do not follow {@link #normal()}, by category name. */
    Map<String, Window> categories();

    interface WorkingHours {

        Set<DayOfWeek> days();

        LocalTime start();

        LocalTime end();

        LocalTime nightStarts();
    }

    interface Window {

        String accept();

        String resolve();

        String escalateEvery();

        Counted counted();
    }
}
