package city.hotline.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import de.bwaldvogel.liblinear.Feature;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * Classifies a call's text: three calibrated logistic regressions over the same features (type,
 * urgency, category), and the {@link SafetySignal} rules, which make a call URGENT whatever the
 * urgency model says, except a praise or a suggestion: a thank-you for last week's help with a
 * dialysis trip is not an emergency.
 *
 * <p>{@link #shipped()} loads the model trained from the repository's data that ships in this jar;
 * {@link Trainer} writes a new one. Thread-safe; about a tenth of a millisecond of CPU a call once warm.
 */
public final class CallClassifier {

    /** Where the shipped model lies on the class path, and the files it consists of. */
    static final String SHIPPED = "/city/hotline/classifier/model/";
    static final String VOCABULARY = "vocabulary.txt.gz";
    static final String TYPE_MODEL = "type.model.gz";
    static final String URGENCY_MODEL = "urgency.model.gz";
    static final String CATEGORY_MODEL = "category.model.gz";
    static final String SETTINGS = "classifier.properties";

    private final TextFeatures textFeatures;
    private final Vocabulary vocabulary;
    private final CalibratedModel type;
    private final CalibratedModel urgency;
    private final CalibratedModel category;
    private final double urgentThreshold;

    CallClassifier(TextFeatures textFeatures, Vocabulary vocabulary, CalibratedModel type, CalibratedModel urgency,
            CalibratedModel category, double urgentThreshold) {
        this.textFeatures = textFeatures;
        this.vocabulary = vocabulary;
        this.type = type;
        this.urgency = urgency;
        this.category = category;
        this.urgentThreshold = urgentThreshold;
    }

    public Classification classify(String text) {
        Set<String> names = textFeatures.of(text);
        Feature[] features = vocabulary.vector(names);
        double[] typeProbabilities = type.probabilities(vocabulary.vector(TextFeatures.phrasing(names)));
        CallType callType = CallType.values()[argmax(typeProbabilities)];
        Category callCategory = Category.values()[argmax(category.probabilities(features))];
        boolean saysUrgent = urgency.probabilities(features)[Urgency.URGENT.ordinal()] >= urgentThreshold;
        Set<SafetySignal> signals = safetySignals(callType, text);
        Urgency callUrgency = saysUrgent || !signals.isEmpty() ? Urgency.URGENT : Urgency.NORMAL;
        return new Classification(callType, callUrgency, callCategory, typeProbabilities[callType.ordinal()], signals);
    }

    /** The safety signals that count for a call of the given type: none for a praise or a suggestion. */
    static Set<SafetySignal> safetySignals(CallType type, String text) {
        return type == CallType.PRAISE || type == CallType.SUGGESTION ? Set.of() : SafetySignal.in(text);
    }

    /** The model trained from the repository's data, shipped in this jar. */
    public static CallClassifier shipped() {
        try {
            return load(name -> {
                InputStream in = CallClassifier.class.getResourceAsStream(SHIPPED + name);
                if (in == null) {
                    throw new IllegalStateException("the shipped model lacks " + SHIPPED + name);
                }
                return in;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped model cannot be read", e);
        }
    }

    /** A model written by {@link #save}. */
    public static CallClassifier load(Path directory) throws IOException {
        return load(name -> Files.newInputStream(directory.resolve(name)));
    }

    /** Writes the model as files in the given directory, replacing what was there. */
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = gzipWriter(Files.newOutputStream(directory.resolve(VOCABULARY)))) {
            vocabulary.save(out);
        }
        save(type, directory.resolve(TYPE_MODEL));
        save(urgency, directory.resolve(URGENCY_MODEL));
        save(category, directory.resolve(CATEGORY_MODEL));
        Properties settings = new Properties();
        settings.setProperty("type.temperature", Double.toString(type.temperature()));
        settings.setProperty("urgency.temperature", Double.toString(urgency.temperature()));
        settings.setProperty("category.temperature", Double.toString(category.temperature()));
        settings.setProperty("urgent.threshold", Double.toString(urgentThreshold));
        try (Writer out = Files.newBufferedWriter(directory.resolve(SETTINGS), StandardCharsets.UTF_8)) {
            settings.store(out, "Calibration of the call classifier, written by its trainer");
        }
    }

    private interface Source {
        InputStream open(String name) throws IOException;
    }

    private static CallClassifier load(Source source) throws IOException {
        Properties settings = new Properties();
        try (Reader in = new InputStreamReader(source.open(SETTINGS), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        Vocabulary vocabulary;
        try (BufferedReader in = gzipReader(source.open(VOCABULARY))) {
            vocabulary = Vocabulary.load(in);
        }
        return new CallClassifier(new TextFeatures(), vocabulary,
                load(source, TYPE_MODEL, settings, "type.temperature", CallType.values().length),
                load(source, URGENCY_MODEL, settings, "urgency.temperature", Urgency.values().length),
                load(source, CATEGORY_MODEL, settings, "category.temperature", Category.values().length),
                Double.parseDouble(settings.getProperty("urgent.threshold")));
    }

    private static CalibratedModel load(Source source, String name, Properties settings, String temperature,
            int labelCount) throws IOException {
        try (Reader in = gzipReader(source.open(name))) {
            return CalibratedModel.load(in, Double.parseDouble(settings.getProperty(temperature)), labelCount);
        }
    }

    private static void save(CalibratedModel model, Path file) throws IOException {
        try (Writer out = gzipWriter(Files.newOutputStream(file))) {
            model.save(out);
        }
    }

    private static BufferedReader gzipReader(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }

    private static Writer gzipWriter(OutputStream out) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
