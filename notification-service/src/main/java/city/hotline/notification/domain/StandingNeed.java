package city.hotline.notification.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A standing need of a vulnerable resident, as the registry announces it, e.g. dialysis Mon/Wed/Fri
 * 17:30 at 北京市第六医院, or medicine predicted to run out on a day.
 *
 * @param kind      {@code DIALYSIS}, {@code MEDICINE_RESUPPLY}, {@code HOME_SERVICE}, {@code MEALS}, {@code OTHER}
 * @param days      the days of the week it recurs on; empty when it does not recur
 * @param atTime    the time of day, Beijing time; null when none
 * @param place     where, e.g. the hospital; null when none
 * @param runsOutOn for medicine: the day it is predicted to run out; null when unknown
 */
public record StandingNeed(String kind, List<DayOfWeek> days, LocalTime atTime, String place, LocalDate runsOutOn) {

    public static final String DIALYSIS = "DIALYSIS";
    public static final String MEDICINE_RESUPPLY = "MEDICINE_RESUPPLY";

    public StandingNeed {
        days = days == null ? List.of() : List.copyOf(days);
    }
}
