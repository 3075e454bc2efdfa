package city.hotline.events;

import java.time.OffsetDateTime;

/** A worker accepted (接单) a ticket and now answers for it. */
public record TicketAccepted(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        OffsetDateTime acceptedAt,
        OffsetDateTime resolveBy) {
}
