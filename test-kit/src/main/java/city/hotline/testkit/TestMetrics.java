package city.hotline.testkit;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the service under test's {@code /q/metrics} as Prometheus would scrape it. */
public final class TestMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private TestMetrics() {
    }

    /**
     * The value of the first sample of a metric carrying the given labels (it may carry others), or empty when the
     * service does not show one.
     *
     * @param labels label names and values, alternately
     */
    public static Optional<Double> sample(String name, String... labels) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i + 1 < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        String scrape = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : scrape.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> carried = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    carried.put(label.group(1), label.group(2));
                }
            }
            if (carried.entrySet().containsAll(wanted.entrySet())) {
                return Optional.of(Double.parseDouble(sample.group(3)));
            }
        }
        return Optional.empty();
    }

    /** The value of a counter, 0 when it has not counted anything yet. */
    public static double count(String name, String... labels) {
        return sample(name, labels).orElse(0.0);
    }
}
