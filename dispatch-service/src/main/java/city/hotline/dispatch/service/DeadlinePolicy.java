package city.hotline.dispatch.service;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.Counted;
import city.hotline.dispatch.domain.DeadlineRules;
import city.hotline.dispatch.domain.TimeLimit;
import city.hotline.dispatch.domain.WorkingCalendar;
import city.hotline.events.Category;
import city.hotline.events.EscalationLevel;
import city.hotline.events.Urgency;

/**
 * When a ticket must be accepted and resolved, and when a late one goes up a level, from the
 * deadline rules in force ({@link DeadlineSettings}) and the working calendar ({@link WorkingDays}).
 * By default urgent tickets within 15 minutes and 2 hours and water, power, gas and heating
 * within 24 hours around the clock; others within 2 working hours and 7 working days, 15 when
 * marked complex.
 */
@ApplicationScoped
public class DeadlinePolicy {

    public record Deadlines(OffsetDateTime acceptBy, OffsetDateTime resolveBy) {
    }

    private final DeadlineSettings settings;
    private final WorkingDays workingDays;

    DeadlinePolicy(DeadlineSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The deadlines of a ticket opened (or reopened) at the given time. */
    public Deadlines from(OffsetDateTime openedAt, Urgency urgency, Category category, boolean complex) {
        DeadlineRules rules = settings.current();
        DeadlineRules.Window window = rules.windowOf(urgency, category);
        WorkingCalendar calendar = calendar(rules, openedAt);
        OffsetDateTime resolveBy = complex && urgency != Urgency.URGENT
                ? calendar.plus(openedAt, TimeLimit.parse(rules.complexResolve()), Counted.WORKING_TIME)
                : calendar.plus(openedAt, TimeLimit.parse(window.resolve()), window.counted());
        return new Deadlines(calendar.plus(openedAt, TimeLimit.parse(window.accept()), window.counted()), resolveBy);
    }

    /** A new accept-by for a ticket offered again at the given time. */
    public OffsetDateTime acceptBy(OffsetDateTime offeredAt, Urgency urgency, Category category) {
        DeadlineRules rules = settings.current();
        DeadlineRules.Window window = rules.windowOf(urgency, category);
        return calendar(rules, offeredAt).plus(offeredAt, TimeLimit.parse(window.accept()), window.counted());
    }

    /** When a ticket escalated at the given time goes up the next level if still not resolved. */
    public OffsetDateTime nextEscalation(OffsetDateTime escalatedAt, Urgency urgency, Category category) {
        DeadlineRules rules = settings.current();
        DeadlineRules.Window window = rules.windowOf(urgency, category);
        return calendar(rules, escalatedAt)
                .plus(escalatedAt, TimeLimit.parse(window.escalateEvery()), window.counted());
    }

    /**
     * When the people an escalation goes to should be told of it: at once, unless it goes to the
     * street or the district at night about a ticket that is not URGENT; then when work starts in
     * the morning. The secretary is the community's own duty lead and is told at once.
     */
    public OffsetDateTime notifyAfter(OffsetDateTime escalatedAt, Urgency urgency, EscalationLevel level) {
        if (urgency == Urgency.URGENT || level == EscalationLevel.SECRETARY) {
            return escalatedAt;
        }
        DeadlineRules.WorkingHours hours = settings.current().workingHours();
        ZonedDateTime at = escalatedAt.atZoneSameInstant(workingDays.zone());
        if (at.toLocalTime().isBefore(hours.start())) {
            return at.with(hours.start()).toOffsetDateTime();
        }
        if (!at.toLocalTime().isBefore(hours.nightStarts())) {
            return at.toLocalDate().plusDays(1).atTime(hours.start()).atZone(at.getZone()).toOffsetDateTime();
        }
        return escalatedAt;
    }

    private WorkingCalendar calendar(DeadlineRules rules, OffsetDateTime from) {
        return workingDays.calendar(rules, from.atZoneSameInstant(workingDays.zone()).toLocalDate());
    }
}
