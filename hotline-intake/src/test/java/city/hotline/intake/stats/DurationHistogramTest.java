package city.hotline.intake.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import city.hotline.intake.service.DurationHistogram;

class DurationHistogramTest {

    @Test
    void theP90IsTheUpperBoundOfTheBucketOfTheNearestRankNinetiethPercentile() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.add(5, 8);
        histogram.add(61, 1);
        histogram.add(97, 1);
        // Ten tickets: the 9th shortest lies in bucket 61, from 60 to 65 minutes.
        assertThat(histogram.p90()).isEqualTo(65.0);
        histogram.add(97, 1);
        // Eleven: the ⌈9.9⌉ = 10th shortest is in bucket 97, from 240 to 270 minutes.
        assertThat(histogram.p90()).isEqualTo(270.0);
    }

    @Test
    void aRollUpsHistogramAddsBucketByBucketAndTakenAwayTicketsDoNotCount() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.addAll("0,9,0,1");
        histogram.add(185, 1);
        histogram.add(185, -1);
        assertThat(histogram.p90()).isEqualTo(2.0);
        assertThat(new DurationHistogram().p90()).isNull();
    }

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
}
