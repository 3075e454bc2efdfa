package city.hotline.dispatch.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.config.DeadlineConfig;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * When a ticket must be accepted and resolved, and when a late one goes up a level, from the
 * configured policy: by default urgent tickets within 15 minutes and 2 hours, water, power, gas
 * and heating within 24 hours, others within 2 hours and 7 days.
 */
@ApplicationScoped
public class DeadlinePolicy {

    public record Deadlines(OffsetDateTime acceptBy, OffsetDateTime resolveBy) {
    }

    private final DeadlineConfig config;

    DeadlinePolicy(DeadlineConfig config) {
        this.config = config;
    }

    /** The deadlines of a ticket opened (or reopened) at the given time. */
    public Deadlines from(OffsetDateTime openedAt, Urgency urgency, Category category) {
        DeadlineConfig.Window window = window(urgency);
        Duration resolve = window.resolve();
        if (urgency != Urgency.URGENT && category != null) {
            resolve = config.resolveByCategory().getOrDefault(category.name(), resolve);
        }
        return new Deadlines(openedAt.plus(window.accept()), openedAt.plus(resolve));
    }

    /** A new accept-by for a ticket offered again at the given time. */
    public OffsetDateTime acceptBy(OffsetDateTime offeredAt, Urgency urgency) {
        return offeredAt.plus(window(urgency).accept());
    }

    /** Time between one escalation level and the next. */
    public Duration escalateEvery(Urgency urgency) {
        return window(urgency).escalateEvery();
    }

    private DeadlineConfig.Window window(Urgency urgency) {
        return urgency == Urgency.URGENT ? config.urgent() : config.normal();
    }
}
