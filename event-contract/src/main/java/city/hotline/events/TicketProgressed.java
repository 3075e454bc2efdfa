package city.hotline.events;

import java.time.OffsetDateTime;

/** The worker handling a ticket recorded progress. */
public record TicketProgressed(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        String note,
        OffsetDateTime at) {
}
