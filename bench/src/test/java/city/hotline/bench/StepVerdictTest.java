package city.hotline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What "sustained" means for a step, decided from its figures, and which step is the highest sustained. */
class StepVerdictTest {

    @Test
    void everyCallAcceptedQuicklyAndDrainedSoonIsSustained() {
        StepVerdict verdict = StepVerdict.of(1_200, 1_200, 850, true, 12);

        assertThat(verdict.sustained()).isTrue();
        assertThat(verdict.shortfalls()).isEmpty();
    }

    @Test
    void aSingleTimedOutCallIsNotSustained() {
        StepVerdict verdict = StepVerdict.of(1_200, 1_199, 850, true, 12);

        assertThat(verdict.sustained()).isFalse();
        assertThat(verdict.shortfalls()).containsExactly("1 of 1200 calls not accepted");
    }

    @Test
    void aSlowPostOrALateDrainIsNotSustained() {
        assertThat(StepVerdict.of(1_200, 1_200, 1_400, true, 12).shortfalls())
                .containsExactly("POST p99 1400 ms over 1000 ms");
        assertThat(StepVerdict.of(1_200, 1_200, 300, true, 45).shortfalls())
                .containsExactly("drained 45 s after the last call, over 30 s");
        assertThat(StepVerdict.of(1_200, 1_200, 300, false, 30).shortfalls())
                .containsExactly("not every ticket assigned and notified");
    }

    @Test
    void theHighestSustainedStepIsTheLastBeforeTheFirstFailure() {
        StepVerdict sustained = StepVerdict.of(100, 100, 50, true, 5);
        StepVerdict failed = StepVerdict.of(100, 60, 30_000, false, 200);

        assertThat(StepVerdict.highestSustained(List.of(20.0, 40.0, 60.0, 80.0),
                List.of(sustained, sustained, failed, sustained))).contains(40.0);
        assertThat(StepVerdict.highestSustained(List.of(20.0, 40.0), List.of(sustained, sustained))).contains(40.0);
        assertThat(StepVerdict.highestSustained(List.of(20.0), List.of(failed))).isEqualTo(Optional.empty());
    }
}
