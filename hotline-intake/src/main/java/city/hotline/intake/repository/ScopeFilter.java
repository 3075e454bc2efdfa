package city.hotline.intake.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Query;

import city.hotline.intake.service.StatisticsScope;

/** The conditions on community_view (alias {@code cv}) that keep a statistics query to its scope. */
final class ScopeFilter {

    private ScopeFilter() {
    }

    /** {@code AND ...} conditions with named parameters, or an empty string. */
    static String conditions(StatisticsScope scope) {
        List<String> conditions = new ArrayList<>();
        if (scope.community() != null) {
            conditions.add("AND cv.code = :community");
        }
        if (scope.street() != null) {
            conditions.add("AND cv.street_code = :street");
        }
        if (scope.district() != null) {
            conditions.add("AND cv.district_code = :district");
        }
        return String.join(" ", conditions);
    }

    /** The same conditions with positional parameters, for JDBC: their values are {@link #values}. */
    static String positionalConditions(StatisticsScope scope) {
        return conditions(scope).replaceAll(":\\w+", "?");
    }

    /** The values of the positional conditions, in order. */
    static List<Object> values(StatisticsScope scope) {
        List<Object> values = new ArrayList<>();
        if (scope.community() != null) {
            values.add(scope.community());
        }
        if (scope.street() != null) {
            values.add(scope.street());
        }
        if (scope.district() != null) {
            values.add(scope.district());
        }
        return values;
    }

    static <Q extends Query> Q bind(Q query, StatisticsScope scope) {
        if (scope.community() != null) {
            query.setParameter("community", scope.community());
        }
        if (scope.street() != null) {
            query.setParameter("street", scope.street());
        }
        if (scope.district() != null) {
            query.setParameter("district", scope.district());
        }
        return query;
    }
}
