package city.hotline.dispatch.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The deadline policy: how long a ticket may wait to be accepted and to be resolved, and how
 * often a late one is escalated a level further.
 */
@ConfigMapping(prefix = "hotline.dispatch.deadlines")
public interface DeadlineConfig {

    /** The time zone the city works in; days of the clearance report are counted in it. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** URGENT tickets: life, health or safety at risk. */
    Window urgent();

    /** Every other ticket. */
    Window normal();

    /**
     * Resolve-by of NORMAL tickets of a category that must go faster than {@link #normal()}, by
     * category name, e.g. water, power, gas and heating (UTILITIES, HEATING) within 24 hours.
     */
    Map<String, Duration> resolveByCategory();

    interface Window {

        /** From dispatch to accepted (接单). */
        Duration accept();

        /** From the ticket's opening to resolved (办结). */
        Duration resolve();

        /** After the resolve-by is missed, between one escalation level and the next. */
        Duration escalateEvery();
    }
}
