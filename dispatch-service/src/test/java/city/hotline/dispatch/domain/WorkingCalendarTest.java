package city.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Working time as the deadline policy counts it, with holidays and adjusted working days. */
class WorkingCalendarTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** 2023's 春节: the 21st to the 27th off, Saturday 28th and Sunday 29th worked. */
    private final WorkingCalendar calendar = new WorkingCalendar(BEIJING,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(17, 30),
            Map.of(LocalDate.parse("2023-01-23"), false, LocalDate.parse("2023-01-24"), false,
                    LocalDate.parse("2023-01-25"), false, LocalDate.parse("2023-01-26"), false,
                    LocalDate.parse("2023-01-27"), false,
                    LocalDate.parse("2023-01-28"), true, LocalDate.parse("2023-01-29"), true));

    @Test
    void workingHoursCarryOverTheWeekend() {
        assertThat(plus("2023-03-10T17:20", "PT2H", Counted.WORKING_TIME)).isEqualTo("2023-03-13T10:20");
        assertThat(plus("2023-03-10T17:20", "PT10M", Counted.WORKING_TIME)).isEqualTo("2023-03-10T17:30");
        assertThat(plus("2023-03-11T03:00", "PT2H", Counted.WORKING_TIME)).isEqualTo("2023-03-13T10:30");
        assertThat(plus("2023-03-13T07:00", "PT2H", Counted.WORKING_TIME)).isEqualTo("2023-03-13T10:30");
        assertThat(plus("2023-03-13T09:00", "PT20H", Counted.WORKING_TIME)).isEqualTo("2023-03-15T11:00");
    }

    @Test
    void workingDaysLeaveOutTheFirstDayAndEndWhenWorkEnds() {
        assertThat(plus("2023-03-10T17:20", "P7D", Counted.WORKING_TIME)).isEqualTo("2023-03-21T17:30");
        assertThat(plus("2023-03-11T10:00", "P7D", Counted.WORKING_TIME)).isEqualTo("2023-03-21T17:30");
        assertThat(plus("2023-03-10T17:20", "P15D", Counted.WORKING_TIME)).isEqualTo("2023-03-31T17:30");
    }

    @Test
    void holidaysAreSkippedAndAdjustedWeekendsWorked() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-01-24"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2023-01-28"))).isTrue();
        assertThat(plus("2023-01-20T17:20", "PT2H", Counted.WORKING_TIME)).isEqualTo("2023-01-28T10:20");
        assertThat(plus("2023-01-20T17:20", "P2D", Counted.WORKING_TIME)).isEqualTo("2023-01-29T17:30");
    }

    @Test
    void clockTimeRunsThroughNightsWeekendsAndHolidays() {
        assertThat(plus("2023-03-10T17:20", "PT2H", Counted.CLOCK)).isEqualTo("2023-03-10T19:20");
        assertThat(plus("2023-01-20T17:20", "PT24H", Counted.CLOCK)).isEqualTo("2023-01-21T17:20");
        assertThat(plus("2023-01-20T17:20", "P7D", Counted.CLOCK)).isEqualTo("2023-01-27T17:20");
    }

    @Test
    void aLimitIsWholeDaysOrATimeAndMoreThanNothing() {
        assertThat(TimeLimit.parse("P15D").days()).isEqualTo(15);
        assertThat(TimeLimit.parse("PT15M").time()).isEqualTo(Duration.ofMinutes(15));
        assertThat(TimeLimit.parse("PT24H")).hasToString("PT24H");
        for (String nonsense : new String[] {"-PT2H", "PT-2H", "PT0S", "P0D", "P1DT2H", "P1M", "2h", ""}) {
            assertThatThrownBy(() -> TimeLimit.parse(nonsense)).as(nonsense).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private String plus(String from, String limit, Counted counted) {
        OffsetDateTime start = LocalDateTime.parse(from).atZone(BEIJING).toOffsetDateTime();
        return calendar.plus(start, TimeLimit.parse(limit), counted).atZoneSameInstant(BEIJING).toLocalDateTime()
                .toString();
    }
}
