package city.hotline.intake.repository;

import city.hotline.intake.service.StatisticsLevel;

/**
 * Which roll-up rows a period's groups are summed from (docs/statistics.md): a community's own rows,
 * or above a community its streets' rows plus the rows of its communities that lie in no street.
 * A community the registry placed in no street has no street row to count in, yet it lies in a
 * district and a city; such communities are few, so their own rows are added at query time rather
 * than kept under a made-up street. A community row counts here exactly when no street row holds
 * it: both follow the street it was folded under (its street_code), not the registry's latest word.
 */
final class RollupRows {

    /** The columns a street row and a community row share, all a group's figures are summed from. */
    private static final String FIGURES = """
            r.grain, r.period, r.calls_by_type, r.calls_by_category, r.praise_by_category, r.answered_on_call,
            r.opened, r.dispatched, r.accepted_in_time, r.accepted, r.accept_seconds, r.resolved,
            r.resolve_seconds, r.resolved_late, r.closed, r.reopened, r.followed_up, r.solved, r.satisfied,
            r.accept_buckets, r.accept_tickets, r.resolve_buckets, r.resolve_tickets""";

    private RollupRows() {
    }

    /**
     * The SELECT of the roll-up rows of the given periods, each with the code and name of the group
     * it counts in (from the CTE {@code places}: community, street, code, name).
     *
     * @param periods the (grain, period) pairs, as an SQL list
     */
    static String chosen(StatisticsLevel readLevel, String periods) {
        if (readLevel == StatisticsLevel.COMMUNITY) {
            return """
                    SELECT p.code, p.name, r.* FROM community_statistics r JOIN places p ON p.community = r.community_code
                    WHERE (r.grain, r.period) IN (%s)""".formatted(periods);
        }
        // A street lies in one district: each street row counts once, in the group of its communities.
        return """
                SELECT p.code, p.name, %1$s
                FROM street_statistics r JOIN (SELECT DISTINCT ON (street) street, code, name FROM places
                                               WHERE street IS NOT NULL ORDER BY street, code) p
                    ON p.street = r.street_code
                WHERE (r.grain, r.period) IN (%2$s)
                UNION ALL
                SELECT p.code, p.name, %1$s
                FROM community_statistics r JOIN places p ON p.community = r.community_code
                WHERE r.street_code IS NULL AND (r.grain, r.period) IN (%2$s)""".formatted(FIGURES, periods);
    }
}
