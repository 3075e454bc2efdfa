package city.hotline.classifier;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;

/**
 * A LIBLINEAR logistic regression whose scores become probabilities by temperature scaling: the
 * softmax of the decision values divided by a temperature fitted on calls the model was not
 * trained on. A regularised model trained on a few hundred calls is over- or under-sure of itself;
 * one fitted number corrects that without changing which label wins.
 *
 * <p>Labels are the ordinals of the enum the model predicts. Thread-safe: the model is only read.
 */
public final class CalibratedModel {

    private final Model model;
    private final double temperature;
    private final int labelCount;

    /**
     * @param labelCount how many labels the enum has; a label the training data lacked gets probability 0
     */
    public CalibratedModel(Model model, double temperature, int labelCount) {
        this.model = model;
        this.temperature = temperature;
        this.labelCount = labelCount;
    }

    /** The probability of each label, indexed by ordinal. */
    public double[] probabilities(Feature[] features) {
        return probabilities(features, temperature);
    }

    double[] probabilities(Feature[] features, double temperature) {
        double[] scores = scores(features);
        int[] labels = model.getLabels();
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score / temperature);
        }
        double[] exp = new double[scores.length];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            exp[i] = Math.exp(scores[i] / temperature - max);
            sum += exp[i];
        }
        double[] byOrdinal = new double[labelCount];
        for (int i = 0; i < scores.length; i++) {
            byOrdinal[labels[i]] = exp[i] / sum;
        }
        return byOrdinal;
    }

    /** One score per label of the model, in the model's label order. */
    private double[] scores(Feature[] features) {
        int classes = model.getNrClass();
        double[] values = new double[classes == 2 ? 1 : classes];
        Linear.predictValues(model, features, values);
        // Two classes: LIBLINEAR keeps one value w·x for its first label; softmax([w·x, 0]) is its sigmoid.
        return classes == 2 ? new double[] {values[0], 0} : values;
    }

    public double temperature() {
        return temperature;
    }

    CalibratedModel withTemperature(double fitted) {
        return new CalibratedModel(model, fitted, labelCount);
    }

    /**
     * LIBLINEAR's text form, with the weights rounded to six significant digits: the shipped model
     * is less than half the size and loads faster, and no answer changes by more than a rounding.
     */
    void save(Writer out) throws IOException {
        StringWriter full = new StringWriter();
        Linear.saveModel(full, model);
        boolean weights = false;
        for (String line : full.toString().split("\n")) {
            if (weights) {
                for (String weight : line.strip().split(" ")) {
                    out.write(String.format(Locale.ROOT, "%.6g ", Double.parseDouble(weight)));
                }
            } else {
                out.write(line);
                weights = line.equals("w");
            }
            out.write('\n');
        }
    }

    static CalibratedModel load(Reader in, double temperature, int labelCount) throws IOException {
        return new CalibratedModel(Linear.loadModel(in), temperature, labelCount);
    }
}
