package city.hotline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;

/** One run's figures, as JSON for machines and as a few lines for people, written side by side. */
final class RunReport {

    private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Map<String, Object> figures = new LinkedHashMap<>();

    RunReport put(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    /** Percentiles of a histogram of microseconds, in milliseconds. */
    static Map<String, Object> percentiles(Histogram micros) {
        Map<String, Object> percentiles = new LinkedHashMap<>();
        percentiles.put("count", micros.getTotalCount());
        percentiles.put("p50_ms", millis(micros.getValueAtPercentile(50)));
        percentiles.put("p95_ms", millis(micros.getValueAtPercentile(95)));
        percentiles.put("p99_ms", millis(micros.getValueAtPercentile(99)));
        percentiles.put("max_ms", millis(micros.getMaxValue()));
        return percentiles;
    }

    private static double millis(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Writes {@code <timestamp>.json} and {@code <timestamp>.txt}; answers the JSON file. */
    Path write(Path directory, Instant when, String summary, ObjectMapper json) throws IOException {
        Files.createDirectories(directory);
        String name = FILE_NAME.format(when);
        Path file = directory.resolve(name + ".json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), figures);
        Files.writeString(directory.resolve(name + ".txt"), summary);
        return file;
    }
}
