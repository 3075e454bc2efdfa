package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A call that needs action became a ticket (工单); dispatch routes it from here.
 *
 * @param summary the call's text as recorded, for the worker who will handle it
 */
public record TicketOpened(
        String ticketId,
        String callId,
        String communityCode,
        CallType type,
        Urgency urgency,
        Category category,
        String summary,
        OffsetDateTime openedAt) {
}
