package city.hotline.dispatch.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Which buildings are under a control zone, and when, as the registry announced it. */
@ApplicationScoped
public class ControlZoneRepository {

    private final EntityManager entityManager;

    ControlZoneRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A zone as last announced: its buildings replace what was known of it. */
    public void replace(String zoneId, String communityCode, List<String> buildings, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        remove(zoneId);
        for (String building : buildings) {
            entityManager.createNativeQuery("""
                            INSERT INTO control_zone_building (zone_id, community_code, building, starts_at, ends_at)
                            VALUES (?1, ?2, ?3, ?4, ?5)
                            """)
                    .setParameter(1, zoneId).setParameter(2, communityCode).setParameter(3, building)
                    .setParameter(4, startsAt).setParameter(5, endsAt)
                    .executeUpdate();
        }
    }

    public void remove(String zoneId) {
        entityManager.createNativeQuery("DELETE FROM control_zone_building WHERE zone_id = ?1")
                .setParameter(1, zoneId).executeUpdate();
    }

    public boolean underControl(String communityCode, String building, OffsetDateTime at) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM control_zone_building
                        WHERE community_code = ?1 AND building = ?2 AND starts_at <= ?3 AND (ends_at IS NULL OR ends_at > ?3)
                        LIMIT 1
                        """)
                .setParameter(1, communityCode).setParameter(2, building).setParameter(3, at)
                .getResultList().isEmpty();
    }
}
