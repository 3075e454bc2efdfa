package city.hotline.classifier;

import java.util.Set;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * What a call is.
 *
 * @param confidence    the calibrated probability that the type is right, from 0 to 1: of calls
 *                      answered with 0.8, about eight in ten have the type a person would give
 * @param safetySignals what in the text made the call URGENT by rule; empty when none did
 */
public record Classification(CallType type, Urgency urgency, Category category, double confidence,
        Set<SafetySignal> safetySignals) {
}
