package city.hotline.intake.service;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.classifier.CallClassifier;
import city.hotline.intake.config.IntakeConfig;
import io.quarkus.runtime.Startup;

/**
 * Classifies calls with the model shipped in the call-classifier jar, and flags for review the
 * calls it is unsure of rather than silently guessing. The model loads at start, not on the first
 * call an operator is waiting for.
 */
@ApplicationScoped
@Startup
public class Classifier {

    private final CallClassifier model;
    private final IntakeConfig config;

    Classifier(IntakeConfig config) {
        this.model = CallClassifier.shipped();
        this.config = config;
    }

    public Classification classify(String text) {
        city.hotline.classifier.Classification answer = model.classify(text);
        return new Classification(answer.type(), answer.urgency(), answer.category(), answer.confidence(),
                answer.confidence() < config.reviewThreshold(), answer.safetySignals());
    }
}
