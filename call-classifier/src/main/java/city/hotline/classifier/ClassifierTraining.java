package city.hotline.classifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * Trains a {@link CallClassifier} from labelled calls. The models are L2-regularised logistic
 * regressions; their temperatures and the urgency threshold are fitted on out-of-fold predictions
 * (each call predicted by models that never saw it), never on the calls a model was trained on.
 */
public final class ClassifierTraining {

    static final int CALIBRATION_FOLDS = 5;
    /** Out-of-fold URGENT recall the urgency model and the safety rules together are set to reach. */
    static final double URGENT_RECALL_WANTED = 0.99;
    static final double LOWEST_URGENT_THRESHOLD = 0.15;
    static final double HIGHEST_URGENT_THRESHOLD = 0.9;
    /** Inverse regularisation strength: of 2, 8, 12, 32, 100 and 300, 100 cross-validated best. */
    static final double COST = 100;

    static {
        Linear.disableDebugOutput();
    }

    private final TextFeatures textFeatures;

    public ClassifierTraining(TextFeatures textFeatures) {
        this.textFeatures = textFeatures;
    }

    public CallClassifier train(List<LabelledCall> calls) {
        List<Set<String>> features = calls.stream().map(call -> textFeatures.of(call.text())).toList();
        Vocabulary vocabulary = Vocabulary.of(features);
        Model model = fit(vocabulary, features, calls);
        OutOfFold outOfFold = outOfFold(calls, features);
        double urgencyTemperature = outOfFold.temperature(Model::urgency, Prediction::features,
                call -> call.urgency().ordinal());
        return new CallClassifier(textFeatures, vocabulary,
                model.type().withTemperature(outOfFold.temperature(Model::type, Prediction::phrasing,
                        call -> call.type().ordinal())),
                model.urgency().withTemperature(urgencyTemperature),
                model.category().withTemperature(
                        outOfFold.temperature(Model::category, Prediction::features,
                                call -> call.category().ordinal())),
                outOfFold.urgentThreshold(urgencyTemperature));
    }

    /** The three models, not yet calibrated (temperature 1). */
    private static Model fit(Vocabulary vocabulary, List<Set<String>> features, List<LabelledCall> calls) {
        Feature[][] rows = features.stream().map(vocabulary::vector).toArray(Feature[][]::new);
        Feature[][] phrasing = features.stream().map(TextFeatures::phrasing).map(vocabulary::vector)
                .toArray(Feature[][]::new);
        return new Model(
                new CalibratedModel(train(phrasing, calls, call -> call.type().ordinal(), false), 1,
                        CallType.values().length),
                new CalibratedModel(train(rows, calls, call -> call.urgency().ordinal(), true), 1,
                        Urgency.values().length),
                new CalibratedModel(train(rows, calls, call -> call.category().ordinal(), false), 1,
                        Category.values().length));
    }

    /**
     * @param balanced weigh each label by the inverse of its share, so the rare URGENT calls count
     *                 as much in all as the many NORMAL ones
     */
    private static de.bwaldvogel.liblinear.Model train(Feature[][] rows, List<LabelledCall> calls,
            Function<LabelledCall, Integer> label, boolean balanced) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = maxIndex(rows);
        problem.x = rows;
        problem.y = calls.stream().mapToDouble(call -> label.apply(call)).toArray();
        problem.bias = 1;
        Parameter parameter = new Parameter(SolverType.L2R_LR, COST, 0.01);
        if (balanced) {
            int[] counts = new int[Urgency.values().length];
            calls.forEach(call -> counts[label.apply(call)]++);
            int[] labels = new int[counts.length];
            double[] weights = new double[counts.length];
            for (int i = 0; i < counts.length; i++) {
                labels[i] = i;
                weights[i] = counts[i] == 0 ? 1 : (double) calls.size() / (counts.length * counts[i]);
            }
            parameter.setWeights(weights, labels);
        }
        return Linear.train(problem, parameter);
    }

    private static int maxIndex(Feature[][] rows) {
        int max = 0;
        for (Feature[] row : rows) {
            if (row.length > 0) {
                max = Math.max(max, row[row.length - 1].getIndex());
            }
        }
        return max;
    }

    private record Model(CalibratedModel type, CalibratedModel urgency, CalibratedModel category) {
    }

    /** A call predicted by the models of the folds that left it out. */
    private record Prediction(LabelledCall call, Model model, Feature[] features, Feature[] phrasing,
            Set<SafetySignal> signals) {
    }

    private OutOfFold outOfFold(List<LabelledCall> calls, List<Set<String>> features) {
        List<Integer> positions = IntStream.range(0, calls.size()).boxed().toList();
        Folds<Integer> folds = new Folds<>(positions, CALIBRATION_FOLDS, 7, i -> calls.get(i).type());
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds.count(); fold++) {
            List<LabelledCall> training = folds.trainingFor(fold).stream().map(calls::get).toList();
            List<Set<String>> trainingFeatures = folds.trainingFor(fold).stream().map(features::get).toList();
            Vocabulary vocabulary = Vocabulary.of(trainingFeatures);
            Model model = fit(vocabulary, trainingFeatures, training);
            for (int heldOut : folds.heldOut(fold)) {
                LabelledCall call = calls.get(heldOut);
                Feature[] phrasing = vocabulary.vector(TextFeatures.phrasing(features.get(heldOut)));
                CallType predictedType = CallType.values()[CallClassifier.argmax(model.type().probabilities(phrasing))];
                predictions.add(new Prediction(call, model, vocabulary.vector(features.get(heldOut)), phrasing,
                        CallClassifier.safetySignals(predictedType, call.text())));
            }
        }
        return new OutOfFold(predictions);
    }

    private record OutOfFold(List<Prediction> predictions) {

        /** The temperature with the least negative log-likelihood of the true labels. */
        double temperature(Function<Model, CalibratedModel> which, Function<Prediction, Feature[]> input,
                Function<LabelledCall, Integer> label) {
            double best = 1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int hundredths = 10; hundredths <= 500; hundredths += 5) {
                double temperature = hundredths / 100.0;
                double loss = 0;
                for (Prediction prediction : predictions) {
                    double p = which.apply(prediction.model())
                            .probabilities(input.apply(prediction), temperature)[label.apply(prediction.call())];
                    loss -= Math.log(Math.max(p, 1e-12));
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    best = temperature;
                }
            }
            return best;
        }

        /** The highest threshold at which the model and the safety rules together reach the wanted recall. */
        double urgentThreshold(double temperature) {
            List<Prediction> urgent = predictions.stream()
                    .filter(prediction -> prediction.call().urgency() == Urgency.URGENT).toList();
            if (urgent.isEmpty()) {
                return HIGHEST_URGENT_THRESHOLD;
            }
            for (double threshold = HIGHEST_URGENT_THRESHOLD; threshold > LOWEST_URGENT_THRESHOLD; threshold -= 0.01) {
                double cut = threshold;
                long found = urgent.stream().filter(prediction -> !prediction.signals().isEmpty()
                        || prediction.model().urgency().withTemperature(temperature)
                                .probabilities(prediction.features())[Urgency.URGENT.ordinal()] >= cut)
                        .count();
                if (found >= URGENT_RECALL_WANTED * urgent.size()) {
                    return threshold;
                }
            }
            return LOWEST_URGENT_THRESHOLD;
        }
    }
}
