package city.hotline.web;

/**
 * Text a service can keep exactly as sent: no NUL (PostgreSQL's text cannot hold one) and no half of a surrogate
 * pair (not Unicode; written as UTF-8 it would silently become {@code ?}). JSON bodies are checked where they are
 * read ({@link StorableJson}); form fields and uploaded files by whoever reads them, with {@link #require}.
 */
public final class StorableText {

    static final String REFUSAL = "contains a NUL character or half a surrogate pair";

    private StorableText() {
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** {@code text}, or a 400 naming {@code field} when it cannot be kept. Null passes. */
    public static String require(String field, String text) {
        if (text != null && !isStorable(text)) {
            throw new InvalidInputException(field, REFUSAL);
        }
        return text;
    }
}
