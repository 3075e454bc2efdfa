package city.hotline.notification.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** When a control zone (封控区 / 管控区) is in force, as the registry last announced it; its buildings are kept beside it. */
@Entity
public class ControlZone {

    @Id
    public String zoneId;

    public String communityCode;

    /** In force from here (inclusive); null when not said. */
    public OffsetDateTime startsAt;

    /** Lifted here (exclusive); null while not lifted. */
    public OffsetDateTime endsAt;

    /** Whether the zone is lifted by {@code moment}. */
    public boolean liftedBy(OffsetDateTime moment) {
        return endsAt != null && !endsAt.isAfter(moment);
    }
}
