package city.hotline.intake.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.hotline.intake.repository.StatisticsRollupRepository;
import city.hotline.intake.service.RankingReport.Rate;
import city.hotline.intake.service.RankingReport.Standing;
import city.hotline.web.InvalidInputException;

/**
 * The month's rankings of streets or communities on the response, resolution and satisfaction
 * rates, read from the monthly roll-ups (their counts are exact).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonthlyRankings {

    private final StatisticsRollupRepository rollups;
    private final int defaultMinimumTickets;

    MonthlyRankings(StatisticsRollupRepository rollups,
            @ConfigProperty(name = "hotline.statistics.ranking-minimum-tickets", defaultValue = "10")
            int defaultMinimumTickets) {
        this.rollups = rollups;
        this.defaultMinimumTickets = defaultMinimumTickets;
    }

    /**
     * @param minimumTickets fewer tickets behind a rate than this and a place is not ranked on it;
     *                       null for the configured default
     */
    public RankingReport rank(YearMonth month, StatisticsLevel level, String district, Integer minimumTickets) {
        if (level != StatisticsLevel.STREET && level != StatisticsLevel.COMMUNITY) {
            throw new InvalidInputException("level", "streets or communities are ranked, not " + level);
        }
        int minimum = minimumTickets == null ? defaultMinimumTickets : minimumTickets;
        List<Object[]> rows = rollups.rateCounts(month.atDay(1), new StatisticsScope(level, null, null, district));
        if (rows.isEmpty() && district != null) {
            throw new InvalidInputException("district", "no community lies in a district with the code " + district);
        }
        List<RankingReport.Ranking> rankings = new ArrayList<>();
        // Columns: code, name, opened, dispatched, accepted in time, followed up, solved, satisfied.
        rankings.add(new RankingReport.Ranking(Rate.RESPONSE, rank(rows, 4, 3, minimum)));
        rankings.add(new RankingReport.Ranking(Rate.RESOLUTION, rank(rows, 6, 5, minimum)));
        rankings.add(new RankingReport.Ranking(Rate.SATISFACTION, rank(rows, 7, 5, minimum)));
        return new RankingReport(month, level, district, minimum, rankings);
    }

    private static List<Standing> rank(List<Object[]> rows, int countColumn, int ofColumn, int minimum) {
        List<Unit> ranked = new ArrayList<>();
        List<Unit> tooFew = new ArrayList<>();
        for (Object[] row : rows) {
            Unit unit = new Unit((String) row[0], (String) row[1], ((Number) row[countColumn]).longValue(),
                    ((Number) row[ofColumn]).longValue());
            (unit.of >= minimum && unit.of > 0 ? ranked : tooFew).add(unit);
        }
        ranked.sort(Unit.BEST_FIRST.thenComparing(Unit::code));
        tooFew.sort(Comparator.comparing(Unit::code));
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Unit unit = ranked.get(i);
            // Competition ranking: a place tied with the one before it shares its rank.
            Integer rank = i > 0 && Unit.BEST_FIRST.compare(ranked.get(i - 1), unit) == 0
                    ? standings.get(i - 1).rank() : i + 1;
            standings.add(unit.standing(rank));
        }
        tooFew.forEach(unit -> standings.add(unit.standing(null)));
        return standings;
    }

    private record Unit(String code, String name, long count, long of) {

        /** Higher rate first, compared as exact fractions (not rounded), so only equal rates tie. */
        static final Comparator<Unit> BEST_FIRST =
                (a, b) -> Long.compare(b.count * a.of, a.count * b.of);

        Standing standing(Integer rank) {
            return new Standing(rank, rank == null, code, name, count, of, CallStatistics.rate(count, of));
        }
    }
}
