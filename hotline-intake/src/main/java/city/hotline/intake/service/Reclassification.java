package city.hotline.intake.service;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * An operator's correction of a call's classification; what is left null stays as it is.
 *
 * @param operator who corrects, as recorded with the correction
 */
public record Reclassification(CallType type, Urgency urgency, Category category, String operator) {
}
