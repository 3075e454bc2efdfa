package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * 绿色通道: an urgent ticket went first and the community's duty lead is paged as well as the
 * assignee.
 *
 * @param workerId the duty lead paged; null when no lead of the community is on duty
 */
public record DutyLeadPaged(
        String ticketId,
        String communityCode,
        String workerId,
        String workerName,
        Urgency urgency,
        Category category,
        String summary,
        OffsetDateTime at) {
}
