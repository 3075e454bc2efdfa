package city.hotline.intake.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Calls per place and category over a week and the weeks before it, read from the weekly roll-ups:
 * a street's own rows (street_statistics), a district's communities' rows (community_statistics)
 * summed; five rows per street or community, never a call.
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
     * Calls other than praise per place and category, from the weekly roll-ups: place code,
     * category, calls in the week from {@code week}, calls in the weeks from {@code from} before it.
     *
     * @param level  STREET or DISTRICT
     * @param places the places' codes
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> categoryCounts(String level, List<String> places, LocalDate from, LocalDate week) {
        // A street's weeks are its own rows (street_statistics, the sum of its communities'): 5 rows
        // a street, not 5 per community. A district sums its communities' rows, so that a community
        // placed in no street still counts in its district.
        String rows = "DISTRICT".equals(level)
                ? "community_statistics s JOIN community_view cv ON cv.code = s.community_code"
                : "street_statistics s";
        String code = "DISTRICT".equals(level) ? "cv.district_code" : "s.street_code";
        List<Object[]> wide = entityManager.createNativeQuery("""
                SELECT %s, %s, %s
                FROM %s
                WHERE %s IN (:places) AND s.grain = 'WEEK' AND s.period >= :from AND s.period <= :week
                GROUP BY 1
                """.formatted(code, StatisticsColumns.callsOtherThanPraise("s.period = :week"),
                        StatisticsColumns.callsOtherThanPraise("s.period < :week"), rows, code))
                .setParameter("places", places).setParameter("from", from).setParameter("week", week)
                .getResultList();
        int categories = StatisticsColumns.CATEGORIES.size();
        return wide.stream().flatMap(row -> IntStream.range(0, categories)
                        .mapToObj(i -> new Object[] {row[0], StatisticsColumns.CATEGORIES.get(i).name(),
                                row[1 + i], row[1 + categories + i]}))
                .toList();
    }
}
