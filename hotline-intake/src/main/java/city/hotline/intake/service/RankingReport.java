package city.hotline.intake.service;

import java.time.YearMonth;
import java.util.List;

/**
 * Streets or communities ranked on the three rates for one month (docs/statistics.md).
 *
 * @param district       only the places of this district, or null for the whole city
 * @param minimumTickets a place whose rate rests on fewer tickets is listed as too few to rank
 */
public record RankingReport(YearMonth month, StatisticsLevel level, String district, int minimumTickets,
        List<Ranking> rankings) {

    /** The rates places are ranked on, each a part of a whole. */
    public enum Rate {
        /** 响应率: tickets accepted within their acceptance deadline / tickets dispatched. */
        RESPONSE,
        /** 解决率: tickets the caller confirmed solved at follow-up / tickets followed up. */
        RESOLUTION,
        /** 满意率: follow-ups "satisfied" or "basically satisfied" / follow-ups. */
        SATISFACTION
    }

    /** One rate's ranking: the ranked places best first, then those with too few tickets. */
    public record Ranking(Rate rate, List<Standing> standings) {
    }

    /**
     * Where one place stands on one rate.
     *
     * @param rank         1 for the best; places with the same rate share a rank and the next rank
     *                     skips as many places (1, 2, 2, 4); null when too few to rank
     * @param tooFewToRank the rate rests on fewer tickets ({@code of}) than the minimum
     * @param count        the tickets counted in the rate's numerator
     * @param of           the tickets of its denominator
     * @param rate         count / of rounded to four decimals; null when {@code of} is zero
     */
    public record Standing(Integer rank, boolean tooFewToRank, String code, String name, long count, long of,
            Double rate) {
    }
}
