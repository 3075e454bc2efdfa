package city.hotline.intake.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Statistics over consecutive periods, read when written: each period's rows are read from the
 * database as they are written out, so an answer of thousands of rows is never held whole.
 *
 * @param from first day, Asia/Shanghai
 * @param to   last day, inclusive
 */
public record StatisticsReport(LocalDate from, LocalDate to, StatisticsLevel level, List<Period> periods) {

    /** Where a report goes, period by period and row by row, in order. */
    public interface Writer {

        /** A period (a day, a week, a month or the whole range) starts; its rows follow. */
        void period(LocalDate from, LocalDate to, boolean exactPercentiles);

        void row(StatisticsRow row);

        /** The period's rows are all written. */
        default void periodEnd() {
        }
    }

    /**
     * @param exactPercentiles whether the p90s are exact, or to the bucket (docs/statistics.md)
     * @param rows             reads the period's rows, a row per group in code order, handing each on
     */
    public record Period(LocalDate from, LocalDate to, boolean exactPercentiles, Consumer<Consumer<StatisticsRow>> rows) {
    }

    public void writeTo(Writer writer) {
        for (Period period : periods) {
            writer.period(period.from(), period.to(), period.exactPercentiles());
            period.rows().accept(writer::row);
            writer.periodEnd();
        }
    }
}
