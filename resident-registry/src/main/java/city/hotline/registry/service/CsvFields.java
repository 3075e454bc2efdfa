package city.hotline.registry.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import city.hotline.web.InvalidInputException;

/**
 * The field forms the register files share: enum names in any case, yes/no in English or Chinese, lists
 * separated by {@code |}. A field that is not of its form is refused with an IllegalArgumentException naming
 * the column, which the import reports against the row's line.
 */
final class CsvFields {

    private CsvFields() {
    }

    /** Fails the whole file when its first line is not {@code header}. */
    static void requireHeader(List<String> firstLine, List<String> header) {
        if (firstLine == null || !header.equals(firstLine.stream().map(String::strip).toList())) {
            throw new InvalidInputException("header", "the first line must be " + String.join(",", header));
        }
    }

    /** An enum constant by its name in any case; null when the field is empty. */
    static <E extends Enum<E>> E optional(Class<E> type, String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(column + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Enum constants separated by {@code |}: {@code DIALYSIS|ELDERLY_ALONE}. */
    static <E extends Enum<E>> Set<E> enums(Class<E> type, String column, String value) {
        Set<E> values = EnumSet.noneOf(type);
        for (String item : list(value)) {
            values.add(optional(type, column, item));
        }
        return values;
    }

    /** Items separated by {@code |}, blanks left out. */
    static List<String> list(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    static boolean yesNo(String column, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否", "" -> false;
            default -> throw new IllegalArgumentException(column + " must be true or false");
        };
    }
}
