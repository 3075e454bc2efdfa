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
}
