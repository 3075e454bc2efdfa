package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A call that needs action became a ticket (工单); dispatch routes it from here.
 *
 * @param summary  the call's text as recorded, for the worker who will handle it
 * @param building the caller's building as {@code compound/building}, when known; routes the
 *                 ticket to the building's butler or grid worker
 * @param callerResidentId the registry's id of the resident who called, when the caller's phone is a
 *                 registered resident's; null otherwise. Dispatch looks it up on the special-needs list.
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
        String building,
        String callerResidentId) {

    /** A ticket whose caller's building is not known. */
    public TicketOpened(String ticketId, String callId, String communityCode, CallType type, Urgency urgency,
            Category category, String summary, OffsetDateTime openedAt) {
        this(ticketId, callId, communityCode, type, urgency, category, summary, openedAt, null);
    }

    /** A ticket whose caller is not known to be a registered resident. */
    public TicketOpened(String ticketId, String callId, String communityCode, CallType type, Urgency urgency,
            Category category, String summary, OffsetDateTime openedAt, String building) {
        this(ticketId, callId, communityCode, type, urgency, category, summary, openedAt, building, null);
    }
}
