package city.hotline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The catalogue's examples are real payloads: every type has one, and it fits its record exactly. */
class EventExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void everyEventTypeHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (EventType<?> type : EventType.all()) {
            if (EventExamples.json(type) == null) {
                missing.add(type.name());
            }
        }
        assertThat(missing).as("event types without src/test/resources/examples/<type>.json").isEmpty();
    }

    @Test
    void everyExampleGivesEveryFieldOfItsRecordAndNoOther() throws Exception {
        for (EventType<?> type : EventType.all()) {
            var example = EventExamples.tree(type);
            for (var component : type.payloadType().getRecordComponents()) {
                assertThat(example.has(component.getName())).as(type.name() + " example lacks " + component.getName())
                        .isTrue();
            }
            STRICT.treeToValue(example, type.payloadType());
        }
    }

    @Test
    void everyExampleReadsAsAConsumerReadsIt() {
        for (EventType<?> type : EventType.all()) {
            Object payload = EventJson.read(EventExamples.json(type), type.payloadType());
            assertThat(EventJson.read(EventJson.write(payload), type.payloadType())).as(type.name()).isEqualTo(payload);
        }
    }
}
