package city.hotline.events;

import java.time.OffsetDateTime;

/** The worker resolved (办结) a ticket; the follow-up call to the caller comes next. */
public record TicketResolved(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        String result,
        OffsetDateTime resolvedAt) {
}
