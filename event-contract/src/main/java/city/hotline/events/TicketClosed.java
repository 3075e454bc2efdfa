package city.hotline.events;

import java.time.OffsetDateTime;

/** A ticket closed after a follow-up in which the caller said it is solved. */
public record TicketClosed(
        String ticketId,
        String communityCode,
        Satisfaction satisfaction,
        OffsetDateTime closedAt) {
}
