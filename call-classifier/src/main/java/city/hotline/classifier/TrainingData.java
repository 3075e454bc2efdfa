package city.hotline.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the trainer and the evaluator find their data and write the model, relative to the
 * module's folder: the system property {@code classifier.home} (the Maven build sets it), else
 * {@code call-classifier} under the working directory.
 */
final class TrainingData {

    private TrainingData() {
    }

    static Path home() {
        return Path.of(System.getProperty("classifier.home", "call-classifier"));
    }

    /** Every {@code .tsv} of the repository's training folder. */
    static List<Path> repositoryFiles() {
        Path folder = home().resolve("src/main/resources/training");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
        }
    }

    /** The folder of the model that ships in the jar. */
    static Path shippedModel() {
        return home().resolve("src/main/resources" + CallClassifier.SHIPPED);
    }

    /** The file held out of all training, for the shipped model's regression test. */
    static Path heldOut() {
        return home().resolve("src/test/resources/held-out.tsv");
    }

    /**
     * The repository's calls plus the given files of operators' corrections. A correction of a call
     * replaces nothing in the repository's data: it is one more labelled call.
     */
    static List<LabelledCall> read(List<Path> corrections) {
        List<LabelledCall> calls = new ArrayList<>();
        repositoryFiles().forEach(file -> calls.addAll(LabelledCalls.read(file)));
        corrections.forEach(file -> calls.addAll(LabelledCalls.read(file)));
        return calls;
    }
}
