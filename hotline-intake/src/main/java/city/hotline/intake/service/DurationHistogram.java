package city.hotline.intake.service;

/**
 * How long tickets took, counted in the fixed buckets of {@code duration_bucket} (V21 migration),
 * numbered from 1: buckets 1 to 60 are the minutes of the first hour, 61 to 96 five minutes each up
 * to 4 hours, 97 to 184 half an hour each up to 2 days, then 2 hours each. The roll-ups' histograms
 * are merged and their p90 bucket found in SQL (StatisticsQueries); a p90 is reported as the upper
 * bound of its bucket.
 */
public final class DurationHistogram {

    private DurationHistogram() {
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
