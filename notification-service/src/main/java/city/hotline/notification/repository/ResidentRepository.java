package city.hotline.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Resident;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, String> {

    /** A community's residents, household by household. */
    public List<Resident> ofCommunity(String communityCode) {
        return list("communityCode = ?1 order by householdId, id", communityCode);
    }

    /** Residents with standing needs who agreed to be reminded (未诉先办). */
    @SuppressWarnings("unchecked")
    public List<Resident> toRemind() {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM resident WHERE contact_consent AND needs <> '[]'::jsonb ORDER BY id", Resident.class)
                .getResultList();
    }
}
