package city.hotline.intake.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import city.hotline.classifier.CallClassifier;
import city.hotline.classifier.LabelledCall;
import city.hotline.classifier.LabelledCalls;
import city.hotline.intake.config.IntakeConfig;
import io.quarkus.runtime.Startup;

/**
 * Classifies calls with the model shipped in the call-classifier jar, and flags for review the
 * calls it is unsure of rather than silently guessing. The model loads at start, not on the first
 * call an operator is waiting for, and is warmed up there too (see {@link #warmUp}).
 */
@ApplicationScoped
@Startup
public class Classifier {

    private static final Logger LOG = Logger.getLogger(Classifier.class);

    /** The texts the shipped model was trained from, in the call-classifier jar. */
    private static final List<String> TRAINING_TEXTS = List.of("/training/calls-labelled.tsv",
            "/training/calls-written.tsv");

    private final CallClassifier model;
    private final IntakeConfig config;

    Classifier(IntakeConfig config) {
        this.model = CallClassifier.shipped();
        this.config = config;
        warmUp(config.classifierWarmUp());
    }

    public Classification classify(String text) {
        city.hotline.classifier.Classification answer = model.classify(text);
        return new Classification(answer.type(), answer.urgency(), answer.category(), answer.confidence(),
                answer.confidence() < config.reviewThreshold(), answer.safetySignals());
    }

    /**
     * Classifies the shipped training texts over and over before the service listens, so that the classifier's code
     * is the hottest the JIT has seen while it still has little else to compile. Left to the calls, on a busy machine
     * it was not compiled: the JIT was kept busy compiling the request path's methods, and the segmenter's bigram
     * lookup was still interpreted minutes into a benchmark, a seventh of the service's CPU (docs/performance.md).
     */
    private void warmUp(int classifications) {
        if (classifications <= 0) {
            return;
        }
        List<String> texts = trainingTexts();
        long start = System.nanoTime();
        for (int i = 0; i < classifications; i++) {
            model.classify(texts.get(i % texts.size()));
        }
        LOG.infof("classifier warmed up with %d classifications in %d ms", classifications,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> trainingTexts() {
        List<String> texts = new ArrayList<>();
        for (String file : TRAINING_TEXTS) {
            try (InputStream in = CallClassifier.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("the call-classifier jar lacks " + file);
                }
                LabelledCalls.read(in, file).stream().map(LabelledCall::text).forEach(texts::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return texts;
    }
}
