package city.hotline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One rate or steps of rates, and the warm-up that comes before either. */
class BenchOptionsTest {

    @Test
    void stepsAreTheRatesInTheOrderGivenAndWarmUpAtTheLowest() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rates", "10, 15,40", "--duration", "60s"});

        assertThat(options.rates()).containsExactly(10.0, 15.0, 40.0);
        assertThat(options.stepped()).isTrue();
        assertThat(options.warmUp()).isEqualTo(BenchOptions.DEFAULT_WARM_UP);
        assertThat(options.warmUpRate()).isEqualTo(10.0);
    }

    @Test
    void oneRateIsNotSteppedAndWarmsUpAtMostAtTheDefaultRate() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rate", "200", "--warm-up", "2m"});

        assertThat(options.rates()).isEqualTo(List.of(200.0));
        assertThat(options.stepped()).isFalse();
        assertThat(options.warmUp()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.warmUpRate()).isEqualTo(BenchOptions.DEFAULT_WARM_UP_RATE);
    }

    @Test
    void aGivenWarmUpRateIsKeptAndNoWarmUpIsAllowed() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rate", "20", "--warm-up", "0s", "--warm-up-rate", "15"});

        assertThat(options.warmUp()).isZero();
        assertThat(options.warmUpRate()).isEqualTo(15.0);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--rates", "0,10"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Rates must be positive");
    }
}
