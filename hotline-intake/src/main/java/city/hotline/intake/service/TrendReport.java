package city.hotline.intake.service;

import java.util.List;

/**
 * A week's top categories and fastest-rising categories per place (docs/statistics.md#trends),
 * from which a street picks the month's problem (每月一题).
 *
 * @param week          the ISO week, e.g. 2022-W48
 * @param minimumCalls  a category with fewer calls in the week is not ranked as rising
 * @param places        a trend per street, or the one for the district asked for
 */
public record TrendReport(String week, int minimumCalls, List<PlaceTrend> places) {

    /**
     * @param level  STREET or DISTRICT
     * @param top    the week's categories with the most calls, most first
     * @param rising the categories whose calls rose most against the mean of the four weeks
     *               before, with at least the minimum calls this week, fastest first
     */
    public record PlaceTrend(StatisticsLevel level, String code, String name, List<CategoryTrend> top,
            List<CategoryTrend> rising) {
    }

    /**
     * @param calls           calls of the category in the week (praise not counted)
     * @param meanOfFourWeeks mean calls a week over the four weeks before
     * @param rise            calls − meanOfFourWeeks
     * @param riseRatio       calls / meanOfFourWeeks rounded to four decimals; null when the mean is zero
     */
    public record CategoryTrend(String category, long calls, double meanOfFourWeeks, double rise, Double riseRatio) {
    }
}
