package city.hotline.intake.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so that Excel shows Chinese correctly,
 * CRLF line ends and RFC 4180 quoting.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder(START);

    /** The text a CSV file starts with: the byte-order mark. */
    static final String START = "\uFEFF";

    Csv line(List<?> values) {
        text.append(format(values));
        return this;
    }

    /** One line of CSV, its line end included. */
    static String format(List<?> values) {
        return values.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A field with a comma, quote or line break is quoted, its quotes doubled; null is empty. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
