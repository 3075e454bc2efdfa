package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * The worker handling a ticket called in help: a colleague of another role or a partner of the
 * service directory, who is told; the ticket stays with the worker who asked.
 */
public record HelpRequested(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        String helperId,
        String helperName,
        String helperRole,
        String note,
        OffsetDateTime at) {
}
