package city.hotline.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.TarImage;

/**
 * A service's image, built by real Jib from a base image tarball with no daemon and no registry, holds
 * the base's files, the application under /deployments in layers that change at different paces, and
 * runs the application as user 185.
 */
class ServiceImagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void imageTarballLayersTheApplicationOnTheBaseAndRunsItAsUser185() throws Exception {
        Path base = baseImage(Map.of("etc/passwd", "jboss:x:185:185::/deployments:/usr/sbin/nologin\n"));
        Path app = quarkusApp(List.of("quarkus-run.jar", "app/dispatch-service-0.1.0-SNAPSHOT.jar",
                "lib/boot/io.quarkus.quarkus-bootstrap-runner-3.33.2.jar", "lib/main/io.vertx.vertx-core-4.5.jar",
                "lib/main/city.hotline.messaging-core-0.1.0-SNAPSHOT.jar", "quarkus/generated-bytecode.jar"));
        Path out = work.resolve("dispatch-service.tar");

        Containerizer toTarball = Containerizer.to(TarImage.at(out)
                        .named(ImageReference.parse("hotline/dispatch-service:0.1.0")))
                .setBaseImageLayersCache(work.resolve("cache"))
                .setApplicationLayersCache(work.resolve("cache"));
        ServiceImages.build(app, 8082, "tar://" + base, toTarball);

        Map<String, byte[]> image = entries(Files.newInputStream(out));
        JsonNode manifest = JSON.readTree(image.get("manifest.json")).get(0);
        assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo("hotline/dispatch-service:0.1.0");
        JsonNode config = JSON.readTree(image.get(manifest.get("Config").asText())).get("config");
        assertThat(config.get("User").asText()).isEqualTo("185");
        assertThat(config.get("Entrypoint")).extracting(JsonNode::asText).containsExactlyElementsOf(ServiceImages.ENTRYPOINT);
        assertThat(config.get("ExposedPorts").has("8082/tcp")).isTrue();

        List<List<String>> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            layers.add(new ArrayList<>(entries(uncompressed(image.get(layer.asText()))).keySet()));
        }
        assertThat(layers).hasSize(5);
        assertThat(layers.get(0)).contains("etc/passwd");
        assertThat(layers.get(1)).contains("deployments/lib/boot/io.quarkus.quarkus-bootstrap-runner-3.33.2.jar",
                "deployments/lib/main/io.vertx.vertx-core-4.5.jar")
                .doesNotContain("deployments/lib/main/city.hotline.messaging-core-0.1.0-SNAPSHOT.jar");
        assertThat(layers.get(2)).contains("deployments/lib/main/city.hotline.messaging-core-0.1.0-SNAPSHOT.jar");
        assertThat(layers.get(3)).contains("deployments/quarkus/generated-bytecode.jar");
        assertThat(layers.get(4)).contains("deployments/quarkus-run.jar",
                "deployments/app/dispatch-service-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void aDirectoryThatIsNoQuarkusApplicationIsRefusedBeforeAnythingIsBuilt() {
        assertThatThrownBy(() -> new QuarkusAppLayers(work))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package it first");
    }

    /** A base image in `docker save` form, as deploy/images/build-base-image.sh writes it. */
    private Path baseImage(Map<String, String> files) throws IOException {
        byte[] layer = tar(files);
        String diffId = sha256(layer);
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":\"185\"},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:" + diffId + "\"]}}";
        String configName = sha256(config.getBytes(StandardCharsets.UTF_8)) + ".json";
        String manifest = "[{\"Config\":\"" + configName + "\",\"RepoTags\":[\"hotline/base:test\"],\"Layers\":[\""
                + diffId + ".tar\"]}]";
        Map<String, byte[]> image = new HashMap<>();
        image.put(diffId + ".tar", layer);
        image.put(configName, config.getBytes(StandardCharsets.UTF_8));
        image.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        Path base = work.resolve("base.tar");
        Files.write(base, tarBytes(image));
        return base;
    }

    private Path quarkusApp(List<String> files) throws IOException {
        Path app = work.resolve("quarkus-app");
        for (String file : files) {
            Files.createDirectories(app.resolve(file).getParent());
            Files.writeString(app.resolve(file), file);
        }
        return app;
    }

    private static byte[] tar(Map<String, String> files) throws IOException {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return tarBytes(bytes);
    }

    private static byte[] tarBytes(Map<String, byte[]> files) throws IOException {
        var buffer = new java.io.ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(buffer)) {
            for (var file : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(file.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(file.getValue());
                tar.closeArchiveEntry();
            }
        }
        return buffer.toByteArray();
    }

    private static Map<String, byte[]> entries(InputStream in) throws IOException {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(in))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", ""), tar.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static InputStream uncompressed(byte[] layer) throws Exception {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(layer));
        try {
            return new CompressorStreamFactory().createCompressorInputStream(in);
        } catch (org.apache.commons.compress.compressors.CompressorException notCompressed) {
            return in;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
