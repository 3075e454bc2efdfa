package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * An operator corrected the classification of a call (来电). Carries the classification before
 * and after, so a reader needs no earlier event to see what changed.
 *
 * @param communityCode null when the call is not placed
 * @param ticketId      the ticket opened for the call when it was taken, or null
 * @param operator      who corrected it, as the operator gave their name
 */
public record CallReclassified(
        String callId,
        String communityCode,
        String ticketId,
        CallType type,
        Urgency urgency,
        Category category,
        CallType previousType,
        Urgency previousUrgency,
        Category previousCategory,
        String operator,
        OffsetDateTime reclassifiedAt) {
}
