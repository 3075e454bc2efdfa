package city.hotline.intake.rest;

import java.util.Arrays;
import java.util.List;

import city.hotline.intake.service.TrendReport;
import city.hotline.intake.service.TrendReport.CategoryTrend;

/** A week's trends as CSV: a line per place and listed category, the top ones first, then the rising. */
final class TrendCsv {

    private TrendCsv() {
    }

    static String write(TrendReport report) {
        Csv csv = new Csv().line(List.of("week", "level", "code", "name", "list", "rank", "category", "calls",
                "meanOfFourWeeks", "rise", "riseRatio"));
        for (TrendReport.PlaceTrend place : report.places()) {
            lines(csv, report, place, "top", place.top());
            lines(csv, report, place, "rising", place.rising());
        }
        return csv.toString();
    }

    private static void lines(Csv csv, TrendReport report, TrendReport.PlaceTrend place, String list,
            List<CategoryTrend> categories) {
        for (int i = 0; i < categories.size(); i++) {
            CategoryTrend category = categories.get(i);
            csv.line(Arrays.asList(report.week(), place.level(), place.code(), place.name(), list, i + 1,
                    category.category(), category.calls(), category.meanOfFourWeeks(), category.rise(),
                    category.riseRatio()));
        }
    }
}
