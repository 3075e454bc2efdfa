package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A call (来电) taken and classified by hotline-intake.
 *
 * @param communityCode null when the call could not be placed yet
 * @param ticketId      the ticket opened for the call, or null
 * @param needsReview   the classifier was unsure: an operator should check the type, urgency and category
 * @param praisedWorkerId   for praise naming one of the community's workers: the worker credited; else null
 * @param praisedWorkerName that worker's name
 */
public record CallReceived(
        String callId,
        String communityCode,
        String channel,
        CallType type,
        Urgency urgency,
        Category category,
        double confidence,
        OffsetDateTime receivedAt,
        String ticketId,
        boolean needsReview,
        String praisedWorkerId,
        String praisedWorkerName) {

    /** A call that credits no worker, as the first version of the event carried it. */
    public CallReceived(String callId, String communityCode, String channel, CallType type, Urgency urgency,
            Category category, double confidence, OffsetDateTime receivedAt, String ticketId, boolean needsReview) {
        this(callId, communityCode, channel, type, urgency, category, confidence, receivedAt, ticketId, needsReview,
                null, null);
    }
}
