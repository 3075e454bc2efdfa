package city.hotline.intake.service;

import java.util.Map;
import java.util.TreeMap;

/**
 * How long tickets took, counted in the fixed buckets of {@code duration_bucket} (V21 migration),
 * numbered from 1: buckets 1 to 60 are the minutes of the first hour, 61 to 96 five minutes each up
 * to 4 hours, 97 to 184 half an hour each up to 2 days, then 2 hours each.
 */
public final class DurationHistogram {

    private final TreeMap<Integer, Long> ticketsByBucket = new TreeMap<>();

    public void add(int bucket, long tickets) {
        ticketsByBucket.merge(bucket, tickets, Long::sum);
    }

    /** Adds a roll-up's histogram, its buckets' counts in order from bucket 1, comma-separated. */
    public void addAll(String counts) {
        String[] tickets = counts.split(",");
        for (int i = 0; i < tickets.length; i++) {
            long count = Long.parseLong(tickets[i]);
            if (count != 0) {
                add(i + 1, count);
            }
        }
    }

    /**
     * The p90 to the bucket: the upper bound of the bucket holding the nearest-rank 90th
     * percentile, the ⌈0.9·n⌉-th shortest duration (what PostgreSQL's percentile_disc(0.9) gives
     * exactly). So the exact p90 is below the answer by less than the bucket's width.
     *
     * @return minutes, or null without tickets
     */
    public Double p90() {
        long total = ticketsByBucket.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(0.9 * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : ticketsByBucket.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return (double) upperBoundMinutes(bucket.getKey());
            }
        }
        return (double) upperBoundMinutes(ticketsByBucket.lastKey());
    }

    /** The minute a bucket ends at (exclusive). */
    public static int upperBoundMinutes(int bucket) {
        if (bucket <= 60) {
            return bucket;
        }
        if (bucket <= 96) {
            return 60 + 5 * (bucket - 60);
        }
        if (bucket <= 184) {
            return 240 + 30 * (bucket - 96);
        }
        return 2880 + 120 * (bucket - 184);
    }
}
