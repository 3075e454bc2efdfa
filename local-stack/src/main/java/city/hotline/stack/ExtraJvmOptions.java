package city.hotline.stack;

import java.util.Arrays;
import java.util.List;

/**
 * JVM options added to every service's own for one stack, to measure an option before it is adopted in
 * {@link Service#jvmOptions()}: {@code -Dhotline.stack.jvm-options='-XX:+UseSerialGC -XX:TieredStopAtLevel=1'}. They
 * come after the service's own options, and HotSpot takes the last of two settings of a flag.
 */
final class ExtraJvmOptions {

    static final String PROPERTY = "hotline.stack.jvm-options";

    private ExtraJvmOptions() {
    }

    /** The options in {@code value}, separated by white space; none when it is null or blank. */
    static List<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.trim().split("\\s+")).toList();
    }

    /** The options the system property gives. */
    static List<String> fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }
}
