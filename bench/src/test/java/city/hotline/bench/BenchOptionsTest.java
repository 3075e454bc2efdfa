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

    @Test
    void theRepeatShareDefaultsToTheStatedFigureAndIsAtMostTheComplaintsAndRequests() {
        assertThat(BenchOptions.parse(new String[] {"--rate", "20"}).repeatShare()).isEqualTo(0.08);
        assertThat(BenchOptions.parse(new String[] {"--rate", "20", "--repeat-share", "0"}).repeatShare()).isZero();
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--repeat-share", "0.7"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--repeat-share must be between 0 and 0.51");
    }

    @Test
    void theRunPlansThePassTheWarmUpAndEveryStep() {
        BenchOptions options = BenchOptions.parse(new String[] {"--rates", "40,60,80", "--duration", "60s",
                "--warm-up", "3m", "--warm-up-rate", "20", "--communities", "1000"});

        assertThat(options.plannedCalls()).isEqualTo(1_000 + 3_600 + 2_400 + 3_600 + 4_800);
    }
}
