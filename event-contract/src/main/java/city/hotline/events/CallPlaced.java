package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * An operator placed a call that intake could not place when it was taken (it was announced by
 * {@code hotline.call.received} with no community). Carries the classification, so statistics can
 * count the call in the community it now belongs to without an earlier event.
 *
 * @param building the caller's building as {@code compound/building}, when the operator gave it
 * @param ticketId the ticket opened now that the call is placed, or null when its type needs none
 * @param operator who placed it, as the operator gave their name
 * @param praisedWorkerId   for praise naming one of the community's workers: the worker credited; else null
 */
public record CallPlaced(
        String callId,
        String communityCode,
        String building,
        CallType type,
        Urgency urgency,
        Category category,
        OffsetDateTime receivedAt,
        String ticketId,
        String operator,
        OffsetDateTime placedAt,
        String praisedWorkerId,
        String praisedWorkerName) {
}
