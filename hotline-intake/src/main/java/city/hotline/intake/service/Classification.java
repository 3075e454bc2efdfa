package city.hotline.intake.service;

import java.util.Set;

import city.hotline.classifier.SafetySignal;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * What a call is: its type, urgency and topic.
 *
 * @param confidence    the calibrated probability, from 0 to 1, that the type is right
 * @param needsReview   the confidence is below the configured threshold: an operator should check
 * @param safetySignals what in the text made the call URGENT by rule, e.g. {@code DIALYSIS}; empty when nothing did
 */
public record Classification(CallType type, Urgency urgency, Category category, double confidence,
        boolean needsReview, Set<SafetySignal> safetySignals) {
}
