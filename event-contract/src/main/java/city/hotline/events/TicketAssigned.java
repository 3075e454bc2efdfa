package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A ticket dispatched (派单) to a named worker of its community.
 *
 * @param acceptBy  when the worker must have accepted the ticket
 * @param resolveBy when the ticket must be resolved
 */
public record TicketAssigned(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        Urgency urgency,
        Category category,
        String summary,
        OffsetDateTime assignedAt,
        OffsetDateTime acceptBy,
        OffsetDateTime resolveBy) {
}
