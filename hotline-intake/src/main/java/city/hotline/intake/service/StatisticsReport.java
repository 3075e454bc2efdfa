package city.hotline.intake.service;

import java.time.LocalDate;
import java.util.List;

/**
 * Statistics over consecutive periods.
 *
 * @param from  first day, Asia/Shanghai
 * @param to    last day, inclusive
 */
public record StatisticsReport(LocalDate from, LocalDate to, StatisticsLevel level, List<Period> periods) {

    /**
     * One period (a day, a week, a month or the whole range) and a row per group in it.
     *
     * @param exactPercentiles whether the p90s are exact, or to the bucket (periods holding a whole month)
     */
    public record Period(LocalDate from, LocalDate to, boolean exactPercentiles, List<StatisticsRow> rows) {
    }
}
