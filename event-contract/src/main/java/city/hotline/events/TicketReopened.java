package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A resolved ticket reopened because the caller said it is not solved or is unsatisfied; it keeps
 * its history and is dispatched again.
 *
 * @param reopenCount how many times this ticket has been reopened, this time included
 */
public record TicketReopened(
        String ticketId,
        String communityCode,
        int reopenCount,
        String reason,
        OffsetDateTime at) {
}
