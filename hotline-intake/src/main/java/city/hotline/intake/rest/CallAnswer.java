package city.hotline.intake.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.intake.domain.Call;

/**
 * What the operator sees once a call is taken.
 *
 * @param communityCode null when the call could not be placed
 * @param ticketId      the ticket opened for the call, or null when it needs none
 * @param needsReview   the classifier was unsure and no operator has corrected it yet
 */
public record CallAnswer(UUID id, CallType type, Urgency urgency, Category category, double confidence,
        boolean needsReview, String communityCode, String ticketId, String channel, OffsetDateTime receivedAt) {

    static CallAnswer of(Call call) {
        return new CallAnswer(call.id, call.type, call.urgency, call.category, call.confidence, call.needsReview,
                call.communityCode, call.ticketId, call.channel.name(), call.receivedAt);
    }
}
