package city.hotline.registry.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.ControlZoneRemoved;
import city.hotline.events.EventType;
import city.hotline.messaging.Outbox;
import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.ControlZone;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.ControlZoneRepository;
import city.hotline.web.InvalidInputException;

/**
 * Keeps the control zones (封控区 / 管控区) and answers whether a building is under control at a time;
 * every declaration, change and lifting is published.
 */
@ApplicationScoped
@Transactional
public class ControlZones {

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final ControlZoneRepository zones;
    private final Outbox outbox;

    ControlZones(CommunityRepository communities, BuildingRepository buildings, ControlZoneRepository zones,
            Outbox outbox) {
        this.communities = communities;
        this.buildings = buildings;
        this.zones = zones;
        this.outbox = outbox;
    }

    public ControlZone declare(@Valid ControlZoneForm form) {
        ControlZone zone = new ControlZone();
        zone.id = UUID.randomUUID();
        zone.community = communities.findByIdOptional(form.communityCode())
                .orElseThrow(() -> new InvalidInputException("communityCode",
                        "no community has the code " + form.communityCode()));
        apply(zone, form);
        return zone;
    }

    /**
     * Declares the zone of this name in its community, or changes it, as an import does: the same
     * form again changes nothing and tells nobody.
     */
    public ControlZone save(@Valid ControlZoneForm form) {
        return zones.byName(form.communityCode(), form.name())
                .map(zone -> ControlZoneForm.of(zone).equals(form) ? zone : update(zone.id, form))
                .orElseGet(() -> declare(form));
    }

    /** Changes a zone: more or fewer buildings, another kind, the end it is lifted at. */
    public ControlZone update(UUID id, @Valid ControlZoneForm form) {
        ControlZone zone = find(id);
        if (!zone.community.code.equals(form.communityCode())) {
            throw new InvalidInputException("communityCode", "a zone stays in its community " + zone.community.code);
        }
        apply(zone, form);
        return zone;
    }

    public void remove(UUID id) {
        ControlZone zone = find(id);
        ControlZoneRemoved removed = new ControlZoneRemoved(zone.id.toString(), zone.community.code);
        zones.delete(zone);
        outbox.publish(EventType.CONTROL_ZONE_REMOVED, removed.communityCode(), removed.zoneId(), removed);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ControlZone find(UUID id) {
        return zones.findByIdOptional(id).orElseThrow(() -> new NotFoundException("no control zone has the id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ControlZone> ofCommunity(String communityCode) {
        return zones.ofCommunity(communityCode);
    }

    /** The zones that hold the building under control at the given time; empty when it is free. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ControlZone> inForce(String communityCode, String building, OffsetDateTime at) {
        Building found = buildings.byQualifiedName(communityCode, building)
                .orElseThrow(() -> new InvalidInputException("building",
                        building + " is not a building of community " + communityCode));
        return zones.containing(found).stream().filter(zone -> zone.inForceAt(at)).toList();
    }

    private void apply(ControlZone zone, ControlZoneForm form) {
        if (form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            throw new InvalidInputException("endsAt", "must be after startsAt");
        }
        zone.name = form.name();
        zone.kind = form.kind();
        zone.startsAt = form.startsAt();
        zone.endsAt = form.endsAt();
        zone.note = form.note();
        zone.buildings.clear();
        for (String building : form.buildings()) {
            zone.buildings.add(buildings.byQualifiedName(form.communityCode(), building)
                    .orElseThrow(() -> new InvalidInputException("buildings",
                            building + " is not a building of community " + form.communityCode())));
        }
        zones.persist(zone);
        outbox.publish(EventType.CONTROL_ZONE_REGISTERED, zone.community.code, zone.id.toString(), zone.registered());
    }
}
