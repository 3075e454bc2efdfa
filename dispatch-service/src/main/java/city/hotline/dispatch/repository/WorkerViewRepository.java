package city.hotline.dispatch.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.WorkerView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerViewRepository implements PanacheRepositoryBase<WorkerView, UUID> {

    /** The on-duty worker of a community with the fewest tickets waiting on them; by name on a tie. */
    public Optional<WorkerView> leastLoadedOnDuty(String communityCode) {
        @SuppressWarnings("unchecked")
        List<WorkerView> candidates = getEntityManager().createNativeQuery("""
                        SELECT w.* FROM worker_view w
                        LEFT JOIN ticket t ON t.assignee_id = w.id AND t.status = 'ASSIGNED'
                        WHERE w.community_code = ?1 AND w.on_duty
                        GROUP BY w.id
                        ORDER BY count(t.id), w.name
                        LIMIT 1
                        """, WorkerView.class)
                .setParameter(1, communityCode)
                .getResultList();
        return candidates.stream().findFirst();
    }
}
