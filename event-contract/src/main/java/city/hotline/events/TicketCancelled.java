package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A ticket withdrawn by intake because the call it was opened for turned out to need no action: an
 * operator corrected the call's type to one that opens no ticket (praise, consultation, suggestion).
 *
 * @param type     the call's type as now corrected
 * @param operator who corrected the call
 */
public record TicketCancelled(
        String ticketId,
        String callId,
        String communityCode,
        CallType type,
        String operator,
        OffsetDateTime cancelledAt) {
}
