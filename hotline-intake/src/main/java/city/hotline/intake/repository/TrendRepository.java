package city.hotline.intake.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Calls per place and category over a week and the weeks before it, read from the daily roll-ups
 * (call_daily_rollup, kept for streets, districts and the city): a row per place, day and category,
 * so five weeks of every street cost O(streets × categories × days), never a call.
 */
@ApplicationScoped
public class TrendRepository {

    private final EntityManager entityManager;

    TrendRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The streets to report on: every street, or the one named. Code and name, ordered by code.
     *
     * @param street a street's code, or null for every street
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> streets(String street) {
        return entityManager.createNativeQuery("""
                SELECT DISTINCT cv.street_code, cv.street_name FROM community_view cv
                WHERE cv.street_code IS NOT NULL AND (CAST(:street AS varchar) IS NULL OR cv.street_code = :street)
                ORDER BY 1
                """).setParameter("street", street).getResultList();
    }

    /** The district named: its code and name, or nothing when no community lies in it. */
    @SuppressWarnings("unchecked")
    public List<Object[]> district(String district) {
        return entityManager.createNativeQuery("""
                SELECT DISTINCT cv.district_code, cv.district_name FROM community_view cv
                WHERE cv.district_code = :district
                """).setParameter("district", district).getResultList();
    }

    /**
     * Calls other than praise per place and category: place code, category, calls from {@code week}
     * on (the week), calls before it (from {@code from}).
     *
     * @param level       STREET or DISTRICT, as in the roll-ups
     * @param places      the places' codes
     * @param toExclusive the day after the week
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> categoryCounts(String level, List<String> places, LocalDate from, LocalDate week,
            LocalDate toExclusive) {
        return entityManager.createNativeQuery("""
                SELECT r.place_code, r.category,
                       coalesce(sum(r.calls) FILTER (WHERE r.day >= :week), 0),
                       coalesce(sum(r.calls) FILTER (WHERE r.day < :week), 0)
                FROM call_daily_rollup r
                WHERE r.level = :level AND r.place_code IN (:places) AND r.type <> 'PRAISE'
                  AND r.day >= :from AND r.day < :toExclusive
                GROUP BY 1, 2
                """)
                .setParameter("level", level)
                .setParameter("places", places)
                .setParameter("from", from)
                .setParameter("week", week)
                .setParameter("toExclusive", toExclusive)
                .getResultList();
    }
}
