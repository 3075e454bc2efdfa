package city.hotline.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.hotline.intake.repository.StatisticsQueries.RollupPeriod;

/** Which roll-up rows a range reads (docs/statistics.md): whole years, then months, weeks and days. */
class RollupPeriodsTest {

    @Test
    void aWholeCalendarYearIsOneYearRow() {
        assertThat(CallStatistics.rollupPeriods(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01")))
                .containsExactly(new RollupPeriod("YEAR", LocalDate.parse("2025-01-01")));
    }

    @Test
    void theDaysOutsideTheYearsAreCutIntoMonthsWeeksAndDays() {
        assertThat(CallStatistics.rollupPeriods(LocalDate.parse("2024-11-30"), LocalDate.parse("2026-01-06")))
                .containsExactly(new RollupPeriod("YEAR", LocalDate.parse("2025-01-01")),
                        new RollupPeriod("MONTH", LocalDate.parse("2024-12-01")),
                        new RollupPeriod("DAY", LocalDate.parse("2024-11-30")),
                        new RollupPeriod("DAY", LocalDate.parse("2026-01-01")),
                        new RollupPeriod("DAY", LocalDate.parse("2026-01-02")),
                        new RollupPeriod("DAY", LocalDate.parse("2026-01-03")),
                        new RollupPeriod("DAY", LocalDate.parse("2026-01-04")),
                        new RollupPeriod("DAY", LocalDate.parse("2026-01-05")));
    }

    @Test
    void aYearCutShortIsReadFromItsMonths() {
        assertThat(CallStatistics.rollupPeriods(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")))
                .hasSize(11 + 4 + 2) // January to November, the four whole weeks of December from Monday the 1st, the 29th and 30th.noneMatch(period -> period.grain().equals("YEAR"))
                .startsWith(new RollupPeriod("MONTH", LocalDate.parse("2025-01-01")));
    }
}
