package city.hotline.intake.service;

import java.util.Arrays;

/**
 * How long tickets took, counted in the fixed buckets of {@code duration_bucket} (V21 migration),
 * numbered from 1: buckets 1 to 60 are the minutes of the first hour, 61 to 96 five minutes each up
 * to 4 hours, 97 to 184 half an hour each up to 2 days, then 2 hours each. The roll-ups' sparse
 * histograms are added into one ({@link #add}) as they are read, and the p90 reported is the upper
 * bound of the bucket the nearest-rank p90 lies in.
 */
public final class DurationHistogram {

    /** Tickets by bucket (index 0 unused), grown as buckets come. */
    private long[] tickets = new long[200];
    private long total;

    public void add(int bucket, long count) {
        if (bucket >= tickets.length) {
            tickets = Arrays.copyOf(tickets, Math.max(bucket + 1, tickets.length * 2));
        }
        tickets[bucket] += count;
        total += count;
    }

    /**
     * The upper bound, in minutes, of the bucket holding the nearest-rank 90th percentile: the least
     * bucket up to which at least ⌈0.9·n⌉ of the n tickets lie (at least one); null without tickets.
     */
    public Double p90UpperBoundMinutes() {
        if (total <= 0) {
            return null;
        }
        long rank = Math.max(1, (9 * total + 9) / 10); // ⌈0.9·n⌉ in whole numbers
        long seen = 0;
        for (int bucket = 1; bucket < tickets.length; bucket++) {
            seen += tickets[bucket];
            if (seen >= rank) {
                return (double) upperBoundMinutes(bucket);
            }
        }
        return null; // not reached: the buckets hold all n tickets
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
