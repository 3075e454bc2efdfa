package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * 办理复杂: a ticket was marked complex, once, before its resolve-by, and now has the longer
 * resolve-by of complex tickets (15 working days from its opening by default).
 *
 * @param workerId   the assignee who marked it; null when a supervisor did
 * @param workerName the assignee's name; null when a supervisor did
 * @param resolveBy  the new resolve-by
 */
public record TicketMarkedComplex(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        String reason,
        OffsetDateTime resolveBy,
        OffsetDateTime at) {
}
