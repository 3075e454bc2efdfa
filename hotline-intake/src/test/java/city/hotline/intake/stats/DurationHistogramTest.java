package city.hotline.intake.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import city.hotline.intake.service.DurationHistogram;

class DurationHistogramTest {

    @Test
    void theP90IsTheBucketOfTheNearestRankNinetiethPercentile() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(5, 8);
        histogram.add(65, 1);
        histogram.add(270, 1);
        // Ten tickets: the 9th shortest lies in the bucket up to 65 minutes.
        assertThat(histogram.p90()).isEqualTo(65.0);
        histogram.add(270, 1);
        // Eleven: the ⌈9.9⌉ = 10th shortest is in the bucket up to 270 minutes.
        assertThat(histogram.p90()).isEqualTo(270.0);
    }

    @Test
    void bucketsAddUpInAnyOrderAndTakenAwayTicketsDoNotCount() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(3000, 1);
        histogram.add(2, 9);
        histogram.add(3000, -1);
        assertThat(histogram.p90()).isEqualTo(2.0);
        assertThat(new DurationHistogram().p90()).isNull();
    }
}
