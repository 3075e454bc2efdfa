package city.hotline.classifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the classifier two ways and prints what {@link Evaluation} reports:
 * <ol>
 * <li>k-fold cross-validation (k = 5) on the repository's training data plus the given files of
 *     corrections: each call is classified by a model trained, vocabulary and calibration included,
 *     on the other folds only;</li>
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
        List<LabelledCall> calls = TrainingData.read(Arrays.stream(args).map(Path::of).toList());
        TextFeatures textFeatures = new TextFeatures();
        ClassifierTraining training = new ClassifierTraining(textFeatures);
        Folds<LabelledCall> folds = new Folds<>(calls, FOLDS, 12345, LabelledCall::type);
        Evaluation crossValidated = new Evaluation();
        for (int fold = 0; fold < FOLDS; fold++) {
            CallClassifier classifier = training.train(folds.trainingFor(fold));
            folds.heldOut(fold).forEach(call -> crossValidated.add(call, classifier.classify(call.text())));
        }
        System.out.printf("== %d-fold cross-validation on %d labelled calls ==%n", FOLDS, calls.size());
        crossValidated.print(System.out);

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
