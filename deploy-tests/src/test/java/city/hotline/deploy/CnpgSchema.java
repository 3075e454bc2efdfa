package city.hotline.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** CloudNativePG resources checked against the JSON schemas in {@code src/test/resources/schemas}. */
final class CnpgSchema {

    private static final Map<String, JsonSchema> SCHEMAS = Map.of(
            "Cluster", load("cnpg-cluster.json"),
            "ScheduledBackup", load("cnpg-scheduledbackup.json"));

    private CnpgSchema() {
    }

    static boolean knows(JsonNode resource) {
        return resource.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")
                && SCHEMAS.containsKey(resource.path("kind").asText());
    }

    static List<String> problems(JsonNode resource) {
        JsonSchema schema = SCHEMAS.get(resource.path("kind").asText());
        return schema.validate(resource).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String name) {
        try (InputStream in = CnpgSchema.class.getResourceAsStream("/schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(Manifests.YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
