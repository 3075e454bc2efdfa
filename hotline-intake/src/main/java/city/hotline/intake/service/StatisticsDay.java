package city.hotline.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The day statistics count a moment on: its date in Asia/Shanghai, whatever the offset it came with. */
public final class StatisticsDay {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private StatisticsDay() {
    }

    public static LocalDate of(OffsetDateTime moment) {
        return moment.atZoneSameInstant(CHINA).toLocalDate();
    }
}
