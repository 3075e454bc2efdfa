package city.hotline.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the classifier two ways and prints what {@link Evaluation} reports:
 * <ol>
 * <li>k-fold cross-validation (k = 5) on the repository's training data plus the given files of
 *     corrections: each call is classified by a model trained, vocabulary and calibration included,
 *     on the other folds only; in all, then file by file;</li>
 * <li>the shipped model on {@code src/test/resources/held-out.tsv}, calls no training ever reads.</li>
 * </ol>
 *
 * <pre>./mvnw -q -pl call-classifier exec:java -Dexec.mainClass=city.hotline.classifier.Evaluator \
 *     [-Dexec.args="corrections.tsv ..."]</pre>
 */
public final class Evaluator {

    static final int FOLDS = 5;

    private Evaluator() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>(TrainingData.repositoryFiles());
        Arrays.stream(args).map(Path::of).forEach(files::add);
        Map<LabelledCall, Evaluation> byFile = new IdentityHashMap<>();
        Map<Path, Evaluation> perFile = new LinkedHashMap<>();
        List<LabelledCall> calls = new ArrayList<>();
        for (Path file : files) {
            Evaluation ofFile = perFile.computeIfAbsent(file, f -> new Evaluation());
            LabelledCalls.read(file).forEach(call -> {
                calls.add(call);
                byFile.put(call, ofFile);
            });
        }
        ClassifierTraining training = new ClassifierTraining(new TextFeatures());
        Folds<LabelledCall> folds = new Folds<>(calls, FOLDS, 12345, LabelledCall::type);
        Evaluation crossValidated = new Evaluation();
        for (int fold = 0; fold < FOLDS; fold++) {
            CallClassifier classifier = training.train(folds.trainingFor(fold));
            for (LabelledCall call : folds.heldOut(fold)) {
                Classification answer = classifier.classify(call.text());
                crossValidated.add(call, answer);
                byFile.get(call).add(call, answer);
            }
        }
        System.out.printf("== %d-fold cross-validation on %d labelled calls ==%n", FOLDS, calls.size());
        crossValidated.print(System.out);
        System.out.println();
        perFile.forEach((file, ofFile) -> ofFile.printSummary(System.out, "of which " + file.getFileName()));

        Path heldOut = TrainingData.heldOut();
        if (Files.exists(heldOut)) {
            CallClassifier shipped = CallClassifier.shipped();
            Evaluation onHeldOut = new Evaluation();
            LabelledCalls.read(heldOut).forEach(call -> onHeldOut.add(call, shipped.classify(call.text())));
            System.out.printf("%n== shipped model on the held-out file %s ==%n", heldOut);
            onHeldOut.print(System.out);
        }
    }
}
