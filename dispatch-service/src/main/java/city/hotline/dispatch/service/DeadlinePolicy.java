package city.hotline.dispatch.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.events.Urgency;

/**
 * When a ticket must be accepted and resolved: urgent ones within 15 minutes and 2 hours,
 * others within 2 hours and 7 days.
 */
@ApplicationScoped
public class DeadlinePolicy {

    public record Deadlines(OffsetDateTime acceptBy, OffsetDateTime resolveBy) {
    }

    public Deadlines from(OffsetDateTime openedAt, Urgency urgency) {
        return urgency == Urgency.URGENT
                ? new Deadlines(openedAt.plus(Duration.ofMinutes(15)), openedAt.plus(Duration.ofHours(2)))
                : new Deadlines(openedAt.plus(Duration.ofHours(2)), openedAt.plus(Duration.ofDays(7)));
    }
}
