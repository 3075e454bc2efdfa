package city.hotline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * The published catalogue cannot drift from the contract: {@code docs/asyncapi.yaml} must be what
 * the contract generates today. After changing an event, rewrite it with
 * {@code ./mvnw -o -q test -pl event-contract -Dtest=AsyncApiCatalogueTest -Dasyncapi.write=true}.
 */
class AsyncApiCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "asyncapi.yaml");

    @Test
    void docsCatalogueIsTheOneTheContractGenerates() throws IOException {
        String generated = new AsyncApiCatalogue().yaml();
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUE, StandardCharsets.UTF_8))
                .as("docs/asyncapi.yaml is out of date; rewrite it with -Dasyncapi.write=true (see this test)")
                .isEqualTo(generated);
    }

    /** The schema of AsyncAPI 3.0.0 from the @asyncapi/specs package (Apache-2.0), with local references. */
    @Test
    void catalogueIsAValidAsyncApiDocument() throws IOException {
        JsonSchema asyncApi;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(asyncApi.validate(new AsyncApiCatalogue().document())).isEmpty();
    }

    @Test
    void everyEventTypeIsAMessageOfItsTopicAndDispatchedOnesOfTheCommunityChannel() {
        var document = new AsyncApiCatalogue().document();
        for (EventType<?> type : EventType.all()) {
            assertThat(document.at("/components/messages").has(type.name())).as(type.name()).isTrue();
            assertThat(document.at("/channels/" + type.topic() + "/messages").has(type.name())).as(type.name())
                    .isTrue();
            assertThat(document.at("/channels/hotline.dispatch/messages").has(type.name())).as(type.name())
                    .isEqualTo(type.dispatched());
        }
    }

    @Test
    void payloadSchemasNameEveryFieldOfTheRecord() {
        var messages = new AsyncApiCatalogue().document().at("/components/messages");
        for (EventType<?> type : EventType.all()) {
            var properties = messages.get(type.name()).at("/payload/properties");
            for (var component : type.payloadType().getRecordComponents()) {
                assertThat(properties.has(component.getName())).as(type.name() + "." + component.getName()).isTrue();
            }
        }
    }
}
