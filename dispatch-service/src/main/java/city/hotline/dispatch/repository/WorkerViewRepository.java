package city.hotline.dispatch.repository;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

        boolean admit(Load load) {
            return (roles.isEmpty() || roles.contains(load.worker().role))
                    && (building == null || load.answersForBuilding())
                    && !excluded.contains(load.worker().id);
        }
    }

    /** A worker on duty, with the tickets they hold (assigned or accepted) and whether they answer for a building. */
    public record Load(WorkerView worker, long tickets, boolean answersForBuilding) {
    }

    /**
     * The candidate with the fewest tickets assigned or accepted; by name on a tie, compared here as names
     * are stored encrypted.
     */
    public Optional<WorkerView> leastLoaded(Candidates candidates) {
        return leastLoaded(onDuty(candidates.communityCode(), candidates.building()), candidates);
    }

    /** As {@link #leastLoaded(Candidates)}, among the loads {@link #onDuty} read: routing reads them once per ticket. */
    public static Optional<WorkerView> leastLoaded(List<Load> onDuty, Candidates candidates) {
        return onDuty.stream().filter(candidates::admit)
                .min(Comparator.comparingLong(Load::tickets).thenComparing(load -> load.worker().name))
                .map(Load::worker);
    }

    /**
     * The workers on duty in a community with their loads, in two queries whatever the number of routing steps
     * that look at them.
     *
     * @param building the building whose workers {@link Load#answersForBuilding()} tells, or null
     */
    public List<Load> onDuty(String communityCode, String building) {
        Query query = getEntityManager().createNativeQuery("""
                        SELECT w.id, count(t.id), %s FROM worker_view w
                        LEFT JOIN ticket t ON t.assignee_id = w.id AND t.status IN ('ASSIGNED', 'ACCEPTED')
                        WHERE w.community_code = :community AND w.on_duty
                        GROUP BY w.id""".formatted(building == null ? "false"
                        : "EXISTS (SELECT 1 FROM worker_building b WHERE b.worker_id = w.id AND b.building = :building)"))
                .setParameter("community", communityCode);
        if (building != null) {
            query.setParameter("building", building);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // By id rather than with a query "id in (...)", which Hibernate translates to SQL again for each list size.
        Map<UUID, WorkerView> workers = getSession().findMultiple(WorkerView.class,
                        rows.stream().map(row -> (UUID) row[0]).toList()).stream()
                .collect(Collectors.toMap(worker -> worker.id, Function.identity()));
        return rows.stream()
                .map(row -> new Load(workers.get((UUID) row[0]), ((Number) row[1]).longValue(), (Boolean) row[2]))
                .toList();
    }
}
