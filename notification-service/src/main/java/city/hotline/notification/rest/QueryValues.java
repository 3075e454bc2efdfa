package city.hotline.notification.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import city.hotline.web.InvalidInputException;

/** Query parameters read by hand, so that a wrong value is a 400 naming the parameter rather than JAX-RS's 404. */
final class QueryValues {

    private QueryValues() {
    }

    static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "is not an id");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
