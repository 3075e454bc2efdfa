package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A ticket missed a deadline and its supervisor is told (吹哨).
 *
 * @param missed        {@code ACCEPT} when nobody accepted it in time (it is offered to the next
 *                      worker and the community secretary told), {@code RESOLVE} when it was not
 *                      resolved in time
 * @param level         who is told: the community secretary, then the street, then the district
 * @param supervisorCode the code of the community, street or district told
 * @param deadline      the deadline that was missed
 * @param notifyAfter   when people should be told (added at the end): the escalation time, or for a
 *                      ticket that is not URGENT escalated to the street or district at night, the
 *                      start of work the next morning. The event itself is published at once.
 */
public record TicketEscalated(
        String ticketId,
        String communityCode,
        String missed,
        EscalationLevel level,
        String supervisorCode,
        OffsetDateTime deadline,
        OffsetDateTime escalatedAt,
        OffsetDateTime notifyAfter) {
}
