package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A worker handed a ticket back (退单) with a reason; dispatch reroutes it, which a following
 * {@code hotline.ticket.assigned} reports.
 */
public record TicketHandedBack(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        String reason,
        OffsetDateTime at) {
}
