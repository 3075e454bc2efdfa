package city.hotline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads the YAML documents under {@code deploy/k8s}, found from the module's directory. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** {@code deploy/k8s} of the checkout: Surefire runs in the module's directory. */
    static final Path ROOT = Path.of("..", "deploy", "k8s").toAbsolutePath().normalize();

    private Manifests() {
    }

    /** One YAML document, with where it came from for messages. */
    record Document(Path file, int index, JsonNode node) {

        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return ROOT.relativize(file) + "#" + index + (kind().isEmpty() ? "" : " " + kind() + "/" + name());
        }
    }

    /** Every {@code .yaml} file under deploy/k8s. */
    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-empty documents of one file. */
    static List<Document> documents(Path file) {
        try {
            return documents(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<Document> documents(Path file, String yaml) {
        List<Document> result = new ArrayList<>();
        // A parser rather than readValues, which would split a top-level list (a JSON patch) into its items.
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            int index = 0;
            while (parser.nextToken() != null) {
                JsonNode node = YAML.readTree(parser);
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    result.add(new Document(file, index, node));
                }
                index++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        return result;
    }
}
