package city.hotline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursRuleTest {

    final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Asia/Shanghai"));

    static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void theEveningBeforeTenIsNotQuiet() {
        assertThat(night.endOf(beijing("2022-12-05T21:59:59"))).isEmpty();
    }

    @Test
    void lateEveningWaitsForTheNextMorning() {
        assertThat(night.endOf(beijing("2022-12-05T22:00:00"))).contains(beijing("2022-12-06T07:00:00"));
    }

    @Test
    void earlyMorningWaitsForThatMorning() {
        assertThat(night.endOf(beijing("2022-12-06T03:15:00"))).contains(beijing("2022-12-06T07:00:00"));
    }

    @Test
    void sevenOClockIsMorning() {
        assertThat(night.endOf(beijing("2022-12-06T07:00:00"))).isEmpty();
    }

    @Test
    void quietHoursWithinOneDayAreHonouredToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneId.of("Asia/Shanghai"));
        assertThat(lunch.endOf(beijing("2022-12-05T12:30:00"))).contains(beijing("2022-12-05T14:00:00"));
        assertThat(lunch.endOf(beijing("2022-12-05T23:00:00"))).isEmpty();
    }
}
