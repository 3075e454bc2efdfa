package city.hotline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One example payload per event type, kept as JSON under {@code examples/<type name>.json} so the
 * catalogue shows consumers exactly what travels on the wire.
 */
final class EventExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventExamples() {
    }

    /** The example's JSON text, or null when the type has none yet. */
    static String json(EventType<?> type) {
        try (InputStream in = EventExamples.class.getResourceAsStream("/examples/" + type.name() + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as a JSON tree. */
    static JsonNode tree(EventType<?> type) {
        String json = json(type);
        if (json == null) {
            throw new IllegalStateException("no example for " + type.name() + " under src/test/resources/examples");
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
