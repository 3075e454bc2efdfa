package city.hotline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/events.md, the prose catalogue, explains every event type and names every field of it. */
class EventsDocumentationTest {

    @Test
    void everyEventTypeHasASectionNamingEachOfItsFields() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "events.md"), StandardCharsets.UTF_8);
        for (EventType<?> type : EventType.all()) {
            String heading = "### `" + type.name() + "`";
            int start = doc.indexOf(heading);
            assertThat(start).as("docs/events.md has no section " + heading).isNotNegative();
            int end = doc.indexOf("\n#", start + heading.length());
            String section = end < 0 ? doc.substring(start) : doc.substring(start, end);
            for (var component : type.payloadType().getRecordComponents()) {
                assertThat(section).as("section " + type.name() + " names field " + component.getName())
                        .contains(component.getName());
            }
        }
    }
}
