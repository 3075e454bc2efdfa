package city.hotline.dispatch.repository;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import city.hotline.dispatch.domain.WorkerView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerViewRepository implements PanacheRepositoryBase<WorkerView, UUID> {

    /**
     * Who routing may pick: on duty in a community, of one of some roles (any role when empty),
     * answering for a building (any when null), not among the excluded.
     */
    public record Candidates(String communityCode, Collection<String> roles, String building,
            Collection<UUID> excluded) {
    }

    /**
     * The candidate with the fewest tickets assigned or accepted; by name on a tie, compared here as names
     * are stored encrypted.
     */
    public Optional<WorkerView> leastLoaded(Candidates candidates) {
        StringBuilder sql = new StringBuilder("""
                SELECT w.id, count(t.id) FROM worker_view w
                LEFT JOIN ticket t ON t.assignee_id = w.id AND t.status IN ('ASSIGNED', 'ACCEPTED')
                WHERE w.community_code = :community AND w.on_duty
                """);
        if (!candidates.roles().isEmpty()) {
            sql.append(" AND w.role IN (:roles)");
        }
        if (candidates.building() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM worker_building b WHERE b.worker_id = w.id AND b.building = :building)");
        }
        if (!candidates.excluded().isEmpty()) {
            sql.append(" AND w.id NOT IN (:excluded)");
        }
        sql.append(" GROUP BY w.id");
        Query query = getEntityManager().createNativeQuery(sql.toString())
                .setParameter("community", candidates.communityCode());
        if (!candidates.roles().isEmpty()) {
            query.setParameter("roles", candidates.roles());
        }
        if (candidates.building() != null) {
            query.setParameter("building", candidates.building());
        }
        if (!candidates.excluded().isEmpty()) {
            query.setParameter("excluded", candidates.excluded());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> loads = query.getResultList();
        long least = loads.stream().mapToLong(load -> ((Number) load[1]).longValue()).min().orElse(0);
        List<UUID> leastLoaded = loads.stream().filter(load -> ((Number) load[1]).longValue() == least)
                .map(load -> (UUID) load[0]).toList();
        return leastLoaded.isEmpty() ? Optional.empty()
                : list("id in ?1", leastLoaded).stream().min(Comparator.comparing((WorkerView worker) -> worker.name));
    }
}
