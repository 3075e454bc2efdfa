package city.hotline.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A resident entered or changed in the registry, with no more personal data than the services
 * that follow residents need: where the resident lives, what makes the resident vulnerable and how
 * to reach them. The name never leaves the registry. The phone number does, because notification
 * must be able to reach the resident through it (a lockdown notice, a dialysis reminder); it is the
 * one personal datum on the wire.
 *
 * @param building         the building, as {@code compound/building}
 * @param unit             单元, empty when the building has none
 * @param door             the door number of the household
 * @param ageBand          {@code CHILD}, {@code ADULT}, {@code SENIOR} or {@code ELDER}
 * @param tags             vulnerability tags, e.g. {@code ELDERLY_ALONE}, {@code DIALYSIS}
 * @param preferredChannel {@code PHONE}, {@code SMS}, {@code WECHAT} or {@code DOOR_VISIT}
 * @param contactConsent   whether the resident agreed to be contacted before asking (未诉先办)
 * @param shareConsent     whether the resident agreed that volunteers and partner units learn their needs
 * @param needs            (added at the end) the standing needs notification reminds the resident of, from
 *                         the 特殊人群需求保障清单; empty when none, never null from the registry
 */
public record ResidentRegistered(
        String residentId,
        String communityCode,
        long householdId,
        String building,
        String unit,
        String door,
        String ageBand,
        List<String> tags,
        String preferredChannel,
        String phone,
        boolean contactConsent,
        boolean shareConsent,
        List<Need> needs) {

    /** A resident announced before standing needs were on the wire: none. */
    public ResidentRegistered(String residentId, String communityCode, long householdId, String building, String unit,
            String door, String ageBand, List<String> tags, String preferredChannel, String phone,
            boolean contactConsent, boolean shareConsent) {
        this(residentId, communityCode, householdId, building, unit, door, ageBand, tags, preferredChannel, phone,
                contactConsent, shareConsent, List.of());
    }

    /**
     * A standing need, without the free-text note (it names people and circumstances no consumer needs).
     *
     * @param kind      {@code DIALYSIS}, {@code MEDICINE_RESUPPLY}, {@code HOME_SERVICE}, {@code MEALS}, {@code OTHER}
     * @param days      the days of the week it recurs on (dialysis Mon/Wed/Fri); empty when it does not recur
     * @param atTime    the time of day, Beijing time; null when none
     * @param place     where, e.g. the hospital; null when none
     * @param runsOutOn for {@code MEDICINE_RESUPPLY}: the day the medicine is predicted to run out; null when unknown
     */
    public record Need(String kind, List<DayOfWeek> days, LocalTime atTime, String place, LocalDate runsOutOn) {
    }
}
