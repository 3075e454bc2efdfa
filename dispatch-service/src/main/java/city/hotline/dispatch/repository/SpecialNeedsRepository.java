package city.hotline.dispatch.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * 特殊人群需求保障清单: which residents are on the registry's special-needs list (those with at least
 * one vulnerability tag, as the registry's own list has them), by id and nothing else.
 */
@ApplicationScoped
public class SpecialNeedsRepository {

    private final EntityManager entityManager;

    SpecialNeedsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A resident as last announced: on the list when they have a vulnerability tag, off it otherwise. */
    public void replace(String residentId, String communityCode, List<String> tags) {
        remove(residentId);
        if (tags != null && !tags.isEmpty()) {
            entityManager.createNativeQuery(
                            "INSERT INTO special_needs_resident (resident_id, community_code) VALUES (?1, ?2)")
                    .setParameter(1, residentId).setParameter(2, communityCode).executeUpdate();
        }
    }

    public void remove(String residentId) {
        entityManager.createNativeQuery("DELETE FROM special_needs_resident WHERE resident_id = ?1")
                .setParameter(1, residentId).executeUpdate();
    }

    public boolean isListed(String residentId) {
        return residentId != null && !entityManager.createNativeQuery(
                        "SELECT 1 FROM special_needs_resident WHERE resident_id = ?1")
                .setParameter(1, residentId).getResultList().isEmpty();
    }
}
