package city.hotline.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A call as an operator recorded it, with the type, urgency and topic a person gave it: the project's 400 labelled
 * calls (docs/classifier.md), whose proportions the generated calls follow by drawing from them uniformly.
 *
 * @param type     PRAISE, COMPLAINT, REQUEST, CONSULTATION or SUGGESTION
 * @param urgency  URGENT or NORMAL
 * @param category the topic, e.g. HEATING
 */
public record LabelledCall(String text, String type, String urgency, String category) {

    private static final String RESOURCE = "calls-labelled.tsv";

    /**
     * Complaints and requests ask someone to act on a matter, so a second caller about it joins its ticket. A
     * consultation opens a ticket only when no policy answer fits it, which the intake decides, not the generator.
     */
    public boolean asksForAction() {
        return type.equals("COMPLAINT") || type.equals("REQUEST");
    }

    /** The labelled calls shipped with the load kit, in file order. */
    public static List<LabelledCall> shipped() {
        try (InputStream in = LabelledCall.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated, one header row naming at least text, type, urgency and category, no quoting. */
    static List<LabelledCall> parse(BufferedReader tsv) throws IOException {
        List<String> header = List.of(tsv.readLine().split("\t"));
        int text = column(header, "text");
        int type = column(header, "type");
        int urgency = column(header, "urgency");
        int category = column(header, "category");
        List<LabelledCall> calls = new ArrayList<>();
        for (String line = tsv.readLine(); line != null; line = tsv.readLine()) {
            if (!line.isBlank()) {
                String[] fields = line.split("\t", -1);
                calls.add(new LabelledCall(fields[text], fields[type], fields[urgency], fields[category]));
            }
        }
        return List.copyOf(calls);
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(RESOURCE + " has no column " + name);
        }
        return index;
    }
}
