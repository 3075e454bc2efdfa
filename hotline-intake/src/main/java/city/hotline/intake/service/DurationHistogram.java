package city.hotline.intake.service;

import java.util.Map;
import java.util.TreeMap;

/**
 * How long tickets took, counted in fixed buckets named by their upper bound in minutes (the
 * buckets of {@code duration_bucket} in V20__statistics_rollups.sql: 1 minute wide below an hour,
 * 5 minutes below 4 hours, 30 minutes below 2 days, 2 hours beyond).
 */
public final class DurationHistogram {

    private final TreeMap<Integer, Long> ticketsUpTo = new TreeMap<>();

    public void add(int upToMinute, long tickets) {
        ticketsUpTo.merge(upToMinute, tickets, Long::sum);
    }

    /**
     * The p90 to the bucket: the upper bound of the bucket holding the nearest-rank 90th
     * percentile, the ⌈0.9·n⌉-th shortest duration (what PostgreSQL's percentile_disc(0.9) gives
     * exactly). So the exact p90 is below the answer by less than the bucket's width.
     *
     * @return minutes, or null without tickets
     */
    public Double p90() {
        long total = ticketsUpTo.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(0.9 * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : ticketsUpTo.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey().doubleValue();
            }
        }
        return ticketsUpTo.lastKey().doubleValue();
    }
}
