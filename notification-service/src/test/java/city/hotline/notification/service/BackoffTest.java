package city.hotline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(30), new Random(12345));

    @Test
    void theWaitDoublesWithEachFailureBetweenHalfAndAllOfIt() {
        for (int failed = 1; failed <= 5; failed++) {
            long ceiling = 10_000L << (failed - 1);
            for (int draw = 0; draw < 100; draw++) {
                assertThat(backoff.after(failed).toMillis()).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void theWaitNeverExceedsTheMaximum() {
        for (int draw = 0; draw < 100; draw++) {
            assertThat(backoff.after(40)).isBetween(Duration.ofMinutes(15), Duration.ofMinutes(30));
        }
    }

    @Test
    void deliveriesFailedTogetherDoNotAllComeBackTogether() {
        assertThat(IntStream.range(0, 20).mapToObj(i -> backoff.after(3)).distinct().count())
                .isGreaterThan(10);
    }
}
