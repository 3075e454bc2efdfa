package city.hotline.events;

import java.time.OffsetDateTime;

/** 回访: the caller was called back and said whether the matter is solved and how satisfied they are. */
public record TicketFollowedUp(
        String ticketId,
        String communityCode,
        boolean solved,
        Satisfaction satisfaction,
        String note,
        OffsetDateTime at) {
}
