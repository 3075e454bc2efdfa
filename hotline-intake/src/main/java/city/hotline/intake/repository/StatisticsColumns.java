package city.hotline.intake.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import city.hotline.events.CallType;
import city.hotline.events.Category;

/**
 * The SQL that writes and reads community_statistics' call arrays (V24 migration): position i
 * (1-based) of calls_by_type is the i-th {@link CallType}, of calls_by_category and
 * praise_by_category the i-th {@link Category}. Both the fold and the queries take them from here.
 */
final class StatisticsColumns {

    static final List<CallType> TYPES = List.of(CallType.values());
    static final List<Category> CATEGORIES = List.of(Category.values());

    private StatisticsColumns() {
    }

    /** The arrays calls_by_type, calls_by_category and praise_by_category, from call_tally (alias t). */
    static String callArraysFromTallies() {
        return array(TYPES.size(), i -> "coalesce(sum(t.calls) FILTER (WHERE t.type = '" + TYPES.get(i) + "'), 0)")
                + " AS calls_by_type, " + array(CATEGORIES.size(),
                        i -> "coalesce(sum(t.calls) FILTER (WHERE t.category = '" + CATEGORIES.get(i) + "'), 0)")
                + " AS calls_by_category, " + array(CATEGORIES.size(), i -> "coalesce(sum(t.calls) FILTER (WHERE "
                        + "t.type = 'PRAISE' AND t.category = '" + CATEGORIES.get(i) + "'), 0)")
                + " AS praise_by_category";
    }

    /** The arrays calls_by_type, calls_by_category and praise_by_category, summed element by element over rows of community_statistics (alias c). */
    static String callArraysOfRollups() {
        return array(TYPES.size(), i -> "coalesce(sum(c.calls_by_type[" + (i + 1) + "]), 0)") + " AS calls_by_type, "
                + array(CATEGORIES.size(), i -> "coalesce(sum(c.calls_by_category[" + (i + 1) + "]), 0)")
                + " AS calls_by_category, "
                + array(CATEGORIES.size(), i -> "coalesce(sum(c.praise_by_category[" + (i + 1) + "]), 0)")
                + " AS praise_by_category";
    }

    /** A column per type, then per category: the calls of one row of community_statistics (the alias given). */
    static String callsOfRollup(String alias) {
        return elements(TYPES.size(), i -> alias + ".calls_by_type[" + (i + 1) + "]") + ", "
                + elements(CATEGORIES.size(), i -> alias + ".calls_by_category[" + (i + 1) + "]");
    }

    /** A column per type, then per category: the calls of the group, summed over rows of community_statistics (alias s). */
    static String callSumsOfRollups() {
        return sums(TYPES.size(), i -> "s.calls_by_type[" + (i + 1) + "]") + ", "
                + sums(CATEGORIES.size(), i -> "s.calls_by_category[" + (i + 1) + "]");
    }

    /** A column per type, then per category, named call_1 on: the calls of the group, summed over call_tally (alias t). */
    static String callSumsOfTallies() {
        List<String> calls = new ArrayList<>();
        TYPES.forEach(type -> calls.add("CASE WHEN t.type = '" + type + "' THEN t.calls END"));
        CATEGORIES.forEach(category -> calls.add("CASE WHEN t.category = '" + category + "' THEN t.calls END"));
        return IntStream.range(0, calls.size())
                .mapToObj(i -> "coalesce(sum(" + calls.get(i) + "), 0) AS call_" + (i + 1))
                .collect(Collectors.joining(", "));
    }

    /** The columns of {@link #callSumsOfTallies()} of the table alias given, 0 where it has no row. */
    static String callColumns(String alias) {
        return IntStream.rangeClosed(1, TYPES.size() + CATEGORIES.size())
                .mapToObj(i -> "coalesce(" + alias + ".call_" + i + ", 0)").collect(Collectors.joining(", "));
    }

    /** Per category, in the order of {@link #CATEGORIES}: its calls other than praise in rows of community_statistics or street_statistics (alias s) that match the condition. */
    static String callsOtherThanPraise(String condition) {
        return IntStream.range(0, CATEGORIES.size())
                .mapToObj(i -> "coalesce(sum(coalesce(s.calls_by_category[" + (i + 1) + "], 0) - coalesce(s.praise_by_category["
                        + (i + 1) + "], 0)) FILTER (WHERE " + condition + "), 0)")
                .collect(Collectors.joining(", "));
    }

    private static String array(int size, IntFunction<String> element) {
        return IntStream.range(0, size).mapToObj(element).collect(Collectors.joining(", ", "ARRAY[", "]::bigint[]"));
    }

    private static String elements(int size, IntFunction<String> element) {
        return IntStream.range(0, size).mapToObj(i -> "coalesce(" + element.apply(i) + ", 0)")
                .collect(Collectors.joining(", "));
    }

    private static String sums(int size, IntFunction<String> element) {
        return IntStream.range(0, size).mapToObj(i -> "coalesce(sum(" + element.apply(i) + "), 0)")
                .collect(Collectors.joining(", "));
    }
}
