package city.hotline.intake.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.hotline.intake.repository.TrendRepository;
import city.hotline.intake.service.TrendReport.CategoryTrend;
import city.hotline.intake.service.TrendReport.PlaceTrend;
import city.hotline.web.InvalidInputException;

/**
 * The week's top and fastest-rising categories per street or for a district (每月一题), read
 * from the weekly roll-ups of the week and the four weeks before it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WeeklyTrends {

    /** The weeks before the week whose mean a category's calls are compared with. */
    static final int WEEKS_BEFORE = 4;
    /** How many categories are listed as top and as rising. */
    static final int LISTED = 5;

    private final TrendRepository trends;
    private final int minimumCalls;

    WeeklyTrends(TrendRepository trends,
            @ConfigProperty(name = "hotline.statistics.trend-minimum-calls", defaultValue = "5") int minimumCalls) {
        this.trends = trends;
        this.minimumCalls = minimumCalls;
    }

    /**
     * @param monday   the Monday of the week
     * @param street   only this street, or null
     * @param district this district as a whole, or null; with neither, every street
     */
    public TrendReport trends(LocalDate monday, String street, String district) {
        StatisticsLevel level = district != null ? StatisticsLevel.DISTRICT : StatisticsLevel.STREET;
        List<Object[]> places = district != null ? trends.district(district) : trends.streets(street);
        if (places.isEmpty() && (street != null || district != null)) {
            String parameter = district != null ? "district" : "street";
            throw new InvalidInputException(parameter, "no community lies in " + parameter + " "
                    + (district != null ? district : street));
        }
        String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (places.isEmpty()) {
            return new TrendReport(week, minimumCalls, List.of());
        }
        Map<String, List<CategoryTrend>> byPlace = new HashMap<>();
        for (Object[] row : trends.categoryCounts(level.name(), places.stream().map(p -> (String) p[0]).toList(),
                monday.minusWeeks(WEEKS_BEFORE), monday)) {
            byPlace.computeIfAbsent((String) row[0], code -> new ArrayList<>())
                    .add(trend((String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        List<PlaceTrend> report = new ArrayList<>();
        for (Object[] place : places) {
            List<CategoryTrend> categories = byPlace.getOrDefault((String) place[0], List.of());
            report.add(new PlaceTrend(level, (String) place[0], (String) place[1], top(categories),
                    rising(categories)));
        }
        return new TrendReport(week, minimumCalls, report);
    }

    private static CategoryTrend trend(String category, long calls, long callsBefore) {
        double mean = (double) callsBefore / WEEKS_BEFORE;
        Double ratio = mean == 0 ? null
                : BigDecimal.valueOf(calls / mean).setScale(4, RoundingMode.HALF_UP).doubleValue();
        return new CategoryTrend(category, calls, mean, calls - mean, ratio);
    }

    private static List<CategoryTrend> top(List<CategoryTrend> categories) {
        return categories.stream().filter(c -> c.calls() > 0)
                .sorted(Comparator.comparingLong(CategoryTrend::calls).reversed()
                        .thenComparing(CategoryTrend::category))
                .limit(LISTED).toList();
    }

    /** Ranked by the rise in calls, so a category new this week (mean zero) ranks by its calls. */
    private List<CategoryTrend> rising(List<CategoryTrend> categories) {
        return categories.stream().filter(c -> c.calls() >= minimumCalls && c.rise() > 0)
                .sorted(Comparator.comparingDouble(CategoryTrend::rise).reversed()
                        .thenComparing(CategoryTrend::category))
                .limit(LISTED).toList();
    }
}
