package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * 撤单: dispatch closed a ticket because intake cancelled it (an operator corrected its call to a
 * type that needs no action); its deadlines no longer run.
 *
 * @param workerId   the worker who had it, null when nobody had it
 * @param type       the call's type as corrected
 * @param operator   who corrected the call
 */
public record TicketWithdrawn(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        CallType type,
        String operator,
        OffsetDateTime withdrawnAt) {
}
