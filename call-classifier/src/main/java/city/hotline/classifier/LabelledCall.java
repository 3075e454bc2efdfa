package city.hotline.classifier;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * A call's text with the labels a person gave it: one row of a training or evaluation file.
 *
 * @param id where the row comes from, e.g. {@code P0001} or {@code C-<call id>} for an operator's correction
 */
public record LabelledCall(String id, String text, CallType type, Urgency urgency, Category category) {
}
