package city.hotline.intake.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import city.hotline.intake.service.DurationHistogram;

class DurationHistogramTest {

    @Test
    void bucketsAreAMinuteWideInTheFirstHourThenFiveMinutesThenHalfAnHourThenTwoHours() {
        assertThat(DurationHistogram.upperBoundMinutes(1)).isEqualTo(1);
        assertThat(DurationHistogram.upperBoundMinutes(60)).isEqualTo(60);
        assertThat(DurationHistogram.upperBoundMinutes(61)).isEqualTo(65);
        assertThat(DurationHistogram.upperBoundMinutes(96)).isEqualTo(240);
        assertThat(DurationHistogram.upperBoundMinutes(97)).isEqualTo(270);
        assertThat(DurationHistogram.upperBoundMinutes(184)).isEqualTo(2880);
        assertThat(DurationHistogram.upperBoundMinutes(185)).isEqualTo(3000);
    }

    @Test
    void theP90IsTheUpperBoundOfTheBucketHoldingTheNearestRankNinetiethPercentile() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(5, 8); // 8 tickets took 4 to 5 minutes
        histogram.add(61, 1); // 1 took 60 to 65 minutes
        histogram.add(97, 1); // 1 took 4 h to 4 h 30
        // ⌈0.9 × 10⌉ = 9: the 9th shortest lies in bucket 61.
        assertThat(histogram.p90UpperBoundMinutes()).isEqualTo(65.0);
        histogram.add(5, 1); // ⌈0.9 × 11⌉ = 10: still bucket 61
        assertThat(histogram.p90UpperBoundMinutes()).isEqualTo(65.0);
        histogram.add(5, 10); // ⌈0.9 × 21⌉ = 19: bucket 5 holds the 19 shortest
        assertThat(histogram.p90UpperBoundMinutes()).isEqualTo(5.0);
    }

    @Test
    void histogramsAddUpBucketByBucketAndGrowForLongDurations() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(1, 1);
        histogram.add(1000, 9); // 2 days and 1,630 hours: past the first buckets held
        assertThat(histogram.p90UpperBoundMinutes()).isEqualTo(DurationHistogram.upperBoundMinutes(1000));
        assertThat(new DurationHistogram().p90UpperBoundMinutes()).isNull();
    }
}
