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
 * @param communityCode null when the call could not be placed: it waits for an operator to place it
 * @param building      the caller's building as {@code compound/building}, when known
 * @param ticketId      the ticket opened for the call, or the open ticket of the same matter it was linked
 *                      to; null when it needs none
 * @param linkedToTicket the call joined another caller's ticket instead of opening one
 * @param ticketCallers how many callers raised the ticket; null without a ticket
 * @param answer        for a consultation a policy answer fitted: what the caller was told, and no ticket
 *                      was opened (first-contact resolution)
 * @param praisedWorkerName for praise naming one of the community's workers: the worker credited
 * @param needsReview   the classifier was unsure and no operator has corrected it yet
 */
public record CallAnswer(UUID id, CallType type, Urgency urgency, Category category, double confidence,
        boolean needsReview, String communityCode, String building, String ticketId,
        boolean linkedToTicket, Integer ticketCallers, String answer, String praisedWorkerName, String channel,
        OffsetDateTime receivedAt) {

    static CallAnswer of(Call call) {
        return new CallAnswer(call.id, call.type, call.urgency, call.category, call.confidence, call.needsReview,
                call.communityCode, call.building, call.ticketId,
                call.linkedToTicket, call.ticketCallers, call.answerText, call.praisedWorkerName, call.channel.name(), call.receivedAt);
    }
}
