package city.hotline.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;

/**
 * A Quarkus fast-jar application ({@code target/quarkus-app}) laid into image layers under
 * {@code /deployments}, as Quarkus's own Jib integration lays it: what changes least goes first, so a
 * rebuild after a code change pushes only the small last layers.
 */
final class QuarkusAppLayers {

    static final AbsoluteUnixPath DEPLOYMENTS = AbsoluteUnixPath.get("/deployments");

    /** The project's own libraries, named {@code city.hotline.<module>-<version>.jar} by Quarkus. */
    private static final Predicate<Path> OWN_LIBRARY = jar -> jar.getFileName().toString().startsWith("city.hotline.");

    private final Path quarkusApp;

    QuarkusAppLayers(Path quarkusApp) {
        if (!Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar"))) {
            throw new IllegalArgumentException(quarkusApp + " is not a Quarkus fast-jar application: package it first");
        }
        this.quarkusApp = quarkusApp;
    }

    /** Adds the application's layers on top of the builder's base image. */
    JibContainerBuilder addTo(JibContainerBuilder image) throws IOException {
        return image
                .addFileEntriesLayer(layer("third-party libraries", OWN_LIBRARY.negate(), "lib/boot", "lib/main"))
                .addFileEntriesLayer(layer("hotline libraries", OWN_LIBRARY, "lib/main"))
                .addFileEntriesLayer(layer("quarkus generated classes", any -> true, "quarkus"))
                .addFileEntriesLayer(layer("application", any -> true, "app", "quarkus-run.jar",
                        "quarkus-app-dependencies.txt"));
    }

    private FileEntriesLayer layer(String name, Predicate<Path> include, String... relativePaths) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        for (String relative : relativePaths) {
            Path root = quarkusApp.resolve(relative);
            if (!Files.exists(root)) {
                continue;
            }
            for (Path file : regularFiles(root)) {
                if (include.test(file)) {
                    layer.addEntry(file, DEPLOYMENTS.resolve(quarkusApp.relativize(file).toString()));
                }
            }
        }
        return layer.build();
    }

    /** Files in a stable order, so two builds of the same application give the same layers. */
    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
