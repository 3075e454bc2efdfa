package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A call that needs action became a ticket (工单); dispatch routes it from here.
 *
 * @param summary  the call's text as recorded, for the worker who will handle it
 * @param building the caller's building as {@code compound/building}, when known; routes the
 *                 ticket to the building's butler or grid worker
 */
public record TicketOpened(
        String ticketId,
        String callId,
        String communityCode,
        CallType type,
        Urgency urgency,
        Category category,
        String summary,
        OffsetDateTime openedAt,
        String building) {

    /** A ticket whose caller's building is not known. */
    public TicketOpened(String ticketId, String callId, String communityCode, CallType type, Urgency urgency,
            Category category, String summary, OffsetDateTime openedAt) {
        this(ticketId, callId, communityCode, type, urgency, category, summary, openedAt, null);
    }
}
