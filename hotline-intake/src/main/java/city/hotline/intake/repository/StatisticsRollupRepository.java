package city.hotline.intake.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import city.hotline.intake.service.StatisticsScope;

/**
 * The monthly roll-ups of each community (community_statistics, V24 migration) summed to the places
 * ranked through community_view: a street's month is the sum of its communities'.
 */
@ApplicationScoped
public class StatisticsRollupRepository {

    private final EntityManager entityManager;

    StatisticsRollupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every place of the scope's level with the tickets the rates are ranked on, one month: code,
     * name, opened, dispatched, accepted in time, followed up, solved, satisfied (zero when none).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rateCounts(LocalDate month, StatisticsScope scope) {
        String code = scope.level().codeColumn();
        return ScopeFilter.bind(entityManager.createNativeQuery("""
                SELECT %s, %s, coalesce(sum(r.opened), 0), coalesce(sum(r.dispatched), 0),
                    coalesce(sum(r.accepted_in_time), 0), coalesce(sum(r.followed_up), 0),
                    coalesce(sum(r.solved), 0), coalesce(sum(r.satisfied), 0)
                FROM community_view cv LEFT JOIN community_statistics r
                    ON r.community_code = cv.code AND r.grain = 'MONTH' AND r.period = :month
                WHERE %s IS NOT NULL %s
                GROUP BY 1, 2
                """.formatted(code, scope.level().nameColumn(), code, ScopeFilter.conditions(scope)))
                .setParameter("month", month), scope).getResultList();
    }
}
