package city.hotline.intake.service;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * What a call is: its type, urgency and topic.
 *
 * @param confidence how sure the classifier is of the type, from 0 to 1
 */
public record Classification(CallType type, Urgency urgency, Category category, double confidence) {
}
