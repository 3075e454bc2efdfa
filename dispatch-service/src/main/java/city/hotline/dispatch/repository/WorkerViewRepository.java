package city.hotline.dispatch.repository;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import city.hotline.dispatch.domain.WorkerView;
import city.hotline.personaldata.PersonalDataCipher;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerViewRepository implements PanacheRepositoryBase<WorkerView, UUID> {

    private final PersonalDataCipher cipher;

    WorkerViewRepository(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

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

    /**
     * A worker on duty, with the tickets they hold (assigned or accepted) and whether they answer for a building.
     * The worker is a copy with the id, community, name, role and duty that routing reads, not the stored entity:
     * a change to it is never stored, and its buildings are not read ({@code answersForBuilding} tells routing).
     */
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
     * The workers on duty in a community with their loads, in one query whatever the number of routing steps that
     * look at them. The columns are read here rather than the entities loaded by id: Hibernate built and translated
     * a new multi-id loader's SQL for every ticket, the larger part of routing's cost.
     *
     * @param building the building whose workers {@link Load#answersForBuilding()} tells, or null
     */
    public List<Load> onDuty(String communityCode, String building) {
        Query query = getEntityManager().createNativeQuery("""
                        SELECT w.id, w.name, w.role, count(t.id), %s FROM worker_view w
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
        return rows.stream()
                .map(row -> new Load(worker((UUID) row[0], communityCode, (String) row[1], (String) row[2]),
                        ((Number) row[3]).longValue(), (Boolean) row[4]))
                .toList();
    }

    private WorkerView worker(UUID id, String communityCode, String storedName, String role) {
        WorkerView worker = new WorkerView();
        worker.id = id;
        worker.communityCode = communityCode;
        worker.name = cipher.decrypt(storedName);
        worker.role = role;
        worker.onDuty = true;
        return worker;
    }
}
