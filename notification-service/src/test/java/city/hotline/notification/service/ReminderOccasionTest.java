package city.hotline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.notification.domain.StandingNeed;

class ReminderOccasionTest {

    static final LocalDate SUNDAY = LocalDate.of(2022, 12, 4);
    static final StandingNeed DIALYSIS = new StandingNeed(StandingNeed.DIALYSIS,
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(17, 30), "北京市第六医院", null);

    @Test
    void dialysisIsRemindedTheDayBeforeEachSession() {
        assertThat(ReminderOccasion.of(DIALYSIS, SUNDAY, 3)).contains(SUNDAY.plusDays(1));
        assertThat(ReminderOccasion.of(DIALYSIS, SUNDAY.plusDays(1), 3)).isEmpty();
        assertThat(ReminderOccasion.of(DIALYSIS, SUNDAY.plusDays(2), 3)).contains(SUNDAY.plusDays(3));
    }

    @Test
    void medicineIsRemindedFromAFewDaysBeforeItRunsOutUntilTheDay() {
        LocalDate runsOut = SUNDAY.plusDays(5);
        StandingNeed medicine = new StandingNeed(StandingNeed.MEDICINE_RESUPPLY, List.of(), null, null, runsOut);
        assertThat(ReminderOccasion.of(medicine, runsOut.minusDays(4), 3)).isEmpty();
        assertThat(ReminderOccasion.of(medicine, runsOut.minusDays(3), 3)).contains(runsOut);
        assertThat(ReminderOccasion.of(medicine, runsOut, 3)).contains(runsOut);
        assertThat(ReminderOccasion.of(medicine, runsOut.plusDays(1), 3)).isEmpty();
    }

    @Test
    void medicineWithoutARunOutDayAndOtherNeedsAreNotReminded() {
        assertThat(ReminderOccasion.of(new StandingNeed(StandingNeed.MEDICINE_RESUPPLY, null, null, null, null),
                SUNDAY, 3)).isEmpty();
        assertThat(ReminderOccasion.of(new StandingNeed("MEALS", List.of(DayOfWeek.MONDAY), null, null, null),
                SUNDAY, 3)).isEmpty();
    }
}
