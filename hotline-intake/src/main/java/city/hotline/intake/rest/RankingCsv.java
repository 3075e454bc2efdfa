package city.hotline.intake.rest;

import java.util.Arrays;
import java.util.List;

import city.hotline.intake.service.RankingReport;

/** A month's rankings as CSV: a line per rate and place, best first, those with too few tickets last. */
final class RankingCsv {

    static final String TOO_FEW = "too few to rank";

    private RankingCsv() {
    }

    static String write(RankingReport report) {
        Csv csv = new Csv().line(List.of("month", "level", "rate", "rank", "code", "name", "count", "of", "value"));
        for (RankingReport.Ranking ranking : report.rankings()) {
            for (RankingReport.Standing standing : ranking.standings()) {
                csv.line(Arrays.asList(report.month(), report.level(), ranking.rate(),
                        standing.tooFewToRank() ? TOO_FEW : standing.rank(), standing.code(), standing.name(),
                        standing.count(), standing.of(), standing.rate()));
            }
        }
        return csv.toString();
    }
}
