package city.hotline.notification.service;

import java.util.List;

/**
 * Which households a broadcast to residents reaches.
 *
 * @param buildings only these buildings ({@code compound/building}); every building when empty
 * @param tags      only households with a resident of one of these tags; every household when empty
 * @param controlZoneId only the buildings of this control zone (with {@code buildings}, if any); null for none
 */
public record ResidentSelection(List<String> buildings, List<String> tags, String controlZoneId) {

    public ResidentSelection {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
