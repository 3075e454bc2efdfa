package city.hotline.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A control zone (封控区 / 管控区) declared, changed or lifted: its buildings are under control from
 * {@code startsAt} until {@code endsAt} (null while not lifted).
 *
 * @param kind      {@code LOCKDOWN} (封控区) or {@code CONTROLLED} (管控区)
 * @param buildings the buildings, as {@code compound/building}
 */
public record ControlZoneRegistered(
        String zoneId,
        String communityCode,
        String name,
        String kind,
        List<String> buildings,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt) {
}
