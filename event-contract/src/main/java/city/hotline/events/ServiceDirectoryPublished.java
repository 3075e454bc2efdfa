package city.hotline.events;

import java.util.List;

/**
 * A community's service directory (便民卡), as a whole: the numbers residents call for gas
 * cylinders, repairs, vegetables, elderly meals, medicine and other emergencies.
 */
public record ServiceDirectoryPublished(String communityCode, List<Line> lines) {

    /**
     * @param kind {@code GAS_CYLINDER}, {@code EMERGENCY_REPAIR}, {@code VEGETABLES}, {@code ELDERLY_MEALS},
     *             {@code MEDICINE}, {@code OTHER_EMERGENCY}
     */
    public record Line(String kind, String name, String phone, String hours) {
    }
}
