package city.hotline.events;

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
        boolean shareConsent) {
}
