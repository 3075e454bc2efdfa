package city.hotline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    Instant now = Instant.parse("2022-12-05T02:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    @Test
    void aSecondsWorthGoesAtOnceThenTheRateHolds() {
        TokenBucket bucket = new TokenBucket(5, clock);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isTrue();
        }
        assertThat(bucket.tryTake()).isFalse();
        now = now.plus(Duration.ofMillis(200));
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }

    @Test
    void idleTimeSavesUpNoMoreThanOneSecond() {
        TokenBucket bucket = new TokenBucket(2, clock);
        now = now.plus(Duration.ofHours(1));
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
    }
}
