package city.hotline.intake.repository;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import city.hotline.intake.service.StatisticsScope;

/**
 * Praise received in a period within a place, per community and per worker credited, and the
 * praising calls themselves: read as entities, so their texts are decrypted by the converter.
 */
@ApplicationScoped
public class PraiseBoardRepository {

    private final EntityManager entityManager;

    PraiseBoardRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether any community lies in the scope's place (none named: the city). */
    public boolean placeKnown(StatisticsScope scope) {
        return !ScopeFilter.bind(entityManager.createQuery("SELECT cv.code FROM CommunityView cv WHERE 1 = 1"
                + conditions(scope), String.class), scope).setMaxResults(1).getResultList().isEmpty();
    }

    /** Per community: code, name, praise; most praised first. */
    public List<Object[]> perCommunity(OffsetDateTime from, OffsetDateTime to, StatisticsScope scope) {
        return bind(entityManager.createQuery("""
                SELECT p.communityCode, cv.name, count(p) FROM Praise p
                LEFT JOIN CommunityView cv ON cv.code = p.communityCode
                WHERE p.receivedAt >= :from AND p.receivedAt < :to""" + inScope(scope)
                + " GROUP BY p.communityCode, cv.name ORDER BY count(p) DESC, p.communityCode", Object[].class),
                from, to, scope).getResultList();
    }

    /** Per worker credited: community code, worker id, name, praise; most praised first. */
    public List<Object[]> perWorker(OffsetDateTime from, OffsetDateTime to, StatisticsScope scope) {
        return bind(entityManager.createQuery("""
                SELECT p.communityCode, p.workerId, p.workerName, count(p) FROM Praise p
                WHERE p.workerId IS NOT NULL AND p.receivedAt >= :from AND p.receivedAt < :to""" + inScope(scope)
                + " GROUP BY p.communityCode, p.workerId, p.workerName ORDER BY count(p) DESC, p.workerName",
                Object[].class), from, to, scope).getResultList();
    }

    /** The newest praising calls, at most {@code limit}: each a {@code Call} and its {@code Praise}. */
    public List<Object[]> newestCalls(OffsetDateTime from, OffsetDateTime to, StatisticsScope scope, int limit) {
        return bind(entityManager.createQuery("""
                SELECT c, p FROM Call c, Praise p
                WHERE c.id = p.callId AND p.receivedAt >= :from AND p.receivedAt < :to""" + inScope(scope)
                + " ORDER BY p.receivedAt DESC, p.callId", Object[].class), from, to, scope)
                .setMaxResults(limit).getResultList();
    }

    private static String inScope(StatisticsScope scope) {
        String conditions = conditions(scope);
        return conditions.isEmpty() ? ""
                : " AND p.communityCode IN (SELECT cv2.code FROM CommunityView cv2 WHERE 1 = 1"
                        + conditions.replace("cv.", "cv2.") + ")";
    }

    private static String conditions(StatisticsScope scope) {
        StringBuilder conditions = new StringBuilder();
        if (scope.community() != null) {
            conditions.append(" AND cv.code = :community");
        }
        if (scope.street() != null) {
            conditions.append(" AND cv.streetCode = :street");
        }
        if (scope.district() != null) {
            conditions.append(" AND cv.districtCode = :district");
        }
        return conditions.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, OffsetDateTime from, OffsetDateTime to,
            StatisticsScope scope) {
        query.setParameter("from", from).setParameter("to", to);
        return ScopeFilter.bind(query, scope);
    }
}
