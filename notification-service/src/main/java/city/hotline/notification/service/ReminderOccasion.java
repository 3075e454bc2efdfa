package city.hotline.notification.service;

import java.time.LocalDate;
import java.util.Optional;

import city.hotline.notification.domain.StandingNeed;

/**
 * The occasion a standing need is to be reminded of on a given day: the dialysis session of
 * tomorrow (the transport is arranged the day before), or the day the medicine runs out when that
 * is a few days ahead. A reminder is made once per resident, need and occasion.
 */
final class ReminderOccasion {

    private ReminderOccasion() {
    }

    /**
     * @param medicineDaysAhead from how many days before the run-out day the re-supply reminder is due
     * @return the occasion's day, or empty when nothing is to be reminded of today
     */
    static Optional<LocalDate> of(StandingNeed need, LocalDate today, int medicineDaysAhead) {
        return switch (need.kind()) {
            case StandingNeed.DIALYSIS -> Optional.of(today.plusDays(1))
                    .filter(tomorrow -> need.days().contains(tomorrow.getDayOfWeek()));
            case StandingNeed.MEDICINE_RESUPPLY -> Optional.ofNullable(need.runsOutOn())
                    .filter(runsOut -> !today.isBefore(runsOut.minusDays(medicineDaysAhead)) && !today.isAfter(runsOut));
            default -> Optional.empty();
        };
    }
}
