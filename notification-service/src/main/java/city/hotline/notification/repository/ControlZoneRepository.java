package city.hotline.notification.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import city.hotline.notification.domain.ControlZone;

/** Each control zone's dates and buildings, as the registry last announced it. */
@ApplicationScoped
public class ControlZoneRepository {

    private final EntityManager entityManager;

    ControlZoneRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void replace(String zoneId, String communityCode, List<String> buildings, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        remove(zoneId);
        ControlZone zone = new ControlZone();
        zone.zoneId = zoneId;
        zone.communityCode = communityCode;
        zone.startsAt = startsAt;
        zone.endsAt = endsAt;
        entityManager.persist(zone);
        for (String building : buildings == null ? List.<String>of() : buildings) {
            entityManager.createNativeQuery(
                            "INSERT INTO control_zone_building (zone_id, community_code, building) VALUES (?1, ?2, ?3)")
                    .setParameter(1, zoneId).setParameter(2, communityCode).setParameter(3, building)
                    .executeUpdate();
        }
    }

    public void remove(String zoneId) {
        entityManager.createNativeQuery("DELETE FROM control_zone_building WHERE zone_id = ?1")
                .setParameter(1, zoneId).executeUpdate();
        ControlZone zone = entityManager.find(ControlZone.class, zoneId);
        if (zone != null) {
            entityManager.remove(zone);
            entityManager.flush();
        }
    }

    /** The zone of the community with this id, if the registry has announced it. */
    public Optional<ControlZone> zone(String zoneId, String communityCode) {
        return Optional.ofNullable(entityManager.find(ControlZone.class, zoneId))
                .filter(zone -> zone.communityCode.equals(communityCode));
    }

    /** The zone's buildings; empty when no zone of the community has this id. */
    @SuppressWarnings("unchecked")
    public List<String> buildingsOf(String zoneId, String communityCode) {
        return entityManager.createNativeQuery("""
                        SELECT building FROM control_zone_building WHERE zone_id = ?1 AND community_code = ?2
                        ORDER BY building""")
                .setParameter(1, zoneId).setParameter(2, communityCode).getResultList();
    }
}
