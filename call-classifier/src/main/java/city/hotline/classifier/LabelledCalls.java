package city.hotline.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * Reads labelled calls from tab-separated files: UTF-8, one header row naming at least the columns
 * {@code id, text, type, urgency, category} in any order, no quoting. Other columns (the shared
 * file's {@code community} and {@code praised}) are ignored, so operators' exported corrections and
 * the shared data read alike.
 */
public final class LabelledCalls {

    /** The columns every file has, in the order {@link #toTsv} writes them. */
    public static final List<String> COLUMNS = List.of("id", "text", "type", "urgency", "category");

    private LabelledCalls() {
    }

    public static List<LabelledCall> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LabelledCall> read(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return List.of();
        }
        List<String> names = Arrays.asList(header.replace("\uFEFF", "").split("\t"));
        int[] at = COLUMNS.stream().mapToInt(names::indexOf).toArray();
        if (Arrays.stream(at).anyMatch(i -> i < 0)) {
            throw new IllegalArgumentException(source + ": the header must name the columns " + COLUMNS);
        }
        List<LabelledCall> calls = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            try {
                calls.add(new LabelledCall(cells[at[0]], cells[at[1]], CallType.valueOf(cells[at[2]].strip()),
                        Urgency.valueOf(cells[at[3]].strip()), Category.valueOf(cells[at[4]].strip())));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return calls;
    }

    /** One row in the files' form; tabs and line breaks in the text become spaces. */
    public static String toTsv(LabelledCall call) {
        return String.join("\t", call.id(), call.text().replaceAll("[\\t\\r\\n]+", " "), call.type().name(),
                call.urgency().name(), call.category().name());
    }
}
