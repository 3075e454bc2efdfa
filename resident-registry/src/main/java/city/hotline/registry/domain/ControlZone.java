package city.hotline.registry.domain;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import city.hotline.events.ControlZoneRegistered;

/** 封控区 / 管控区: buildings under temporary control, from a start until it is lifted. */
@Entity
public class ControlZone {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_code")
    public Community community;

    public String name;

    @Enumerated(EnumType.STRING)
    public ControlKind kind;

    public OffsetDateTime startsAt;

    /** Null while the zone is not lifted. */
    public OffsetDateTime endsAt;

    public String note;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "control_zone_building",
            joinColumns = @JoinColumn(name = "zone_id"),
            inverseJoinColumns = @JoinColumn(name = "building_id"))
    @OrderBy("id")
    public Set<Building> buildings = new LinkedHashSet<>();

    /** Whether the zone's buildings are under control at the given time: from the start, until the end. */
    public boolean inForceAt(OffsetDateTime time) {
        return !time.isBefore(startsAt) && (endsAt == null || time.isBefore(endsAt));
    }

    public ControlZoneRegistered registered() {
        return new ControlZoneRegistered(id.toString(), community.code, name, kind.name(),
                buildings.stream().map(Building::qualifiedName).toList(), startsAt, endsAt);
    }
}
