package city.hotline.classifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Retrains the shipped model from the repository's training data plus operators' corrections,
 * and writes it where the jar picks it up.
 *
 * <pre>./mvnw -q -pl call-classifier exec:java -Dexec.mainClass=city.hotline.classifier.Trainer \
 *     [-Dexec.args="corrections.tsv ..."]</pre>
 */
public final class Trainer {

    private Trainer() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> corrections = Arrays.stream(args).map(Path::of).toList();
        List<LabelledCall> calls = TrainingData.read(corrections);
        long started = System.nanoTime();
        CallClassifier classifier = new ClassifierTraining(new TextFeatures()).train(calls);
        Path model = TrainingData.shippedModel();
        classifier.save(model);
        System.out.printf("trained on %d calls (%d files of corrections) in %d ms; model written to %s%n",
                calls.size(), corrections.size(), (System.nanoTime() - started) / 1_000_000, model.toAbsolutePath());
    }
}
