package city.hotline.intake.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so that Excel shows Chinese correctly,
 * CRLF line ends and RFC 4180 quoting. A text a spreadsheet would take for a formula is written
 * as text (see {@link #field}).
 */
final class Csv {

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The text a CSV file starts with: the byte-order mark. */
    static final String START = "\uFEFF";

    private final StringBuilder text = new StringBuilder(START);

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

    /**
     * A field with a comma, quote or line break is quoted, its quotes doubled; null is empty. A text
     * (not a number: a negative rise stays a number) starting with one of {@link #FORMULA_STARTS}
     * gets an apostrophe before it, so that a caller's "=HYPERLINK(…)" is shown, not run (CSV
     * injection): Excel reads a leading apostrophe as "this is text".
     */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
