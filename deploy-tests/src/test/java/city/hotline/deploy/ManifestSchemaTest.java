package city.hotline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every YAML document under deploy/k8s is a resource its API accepts, before and after the overlays. */
class ManifestSchemaTest {

    static Stream<Manifests.Document> documents() {
        return Manifests.files().stream()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .flatMap(f -> Manifests.documents(f).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentIsValidForItsApi(Manifests.Document document) {
        if (document.node().isArray()) {
            // A JSON 6902 patch: checked by rendering its overlay below.
            assertThat(document.node()).allSatisfy(op -> assertThat(op.has("op") && op.has("path")).isTrue());
            return;
        }
        assertThat(Validation.problems(document.node())).as(document.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyKustomizationNamesFilesThatExist(String dir) {
        assertThat(Kustomization.missingFiles(Manifests.ROOT.resolve(dir))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyRenderedResourceIsValidForItsApi(String dir) {
        List<JsonNode> resources = Kustomization.render(Manifests.ROOT.resolve(dir));
        assertThat(resources).isNotEmpty();
        assertThat(resources).allSatisfy(r -> assertThat(Validation.problems(r))
                .as(r.path("kind").asText() + "/" + r.path("metadata").path("name").asText()).isEmpty());
    }

    @Test
    void everyFileUnderTheBaseIsPartOfIt() throws Exception {
        Path base = Manifests.ROOT.resolve("base");
        String kustomization = Files.readString(base.resolve("kustomization.yaml"));
        assertThat(Manifests.files()).filteredOn(f -> f.startsWith(base) && !f.endsWith("kustomization.yaml"))
                .allSatisfy(f -> assertThat(kustomization).contains(base.relativize(f).toString()));
    }
}
