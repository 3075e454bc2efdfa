package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.CallReclassified;
import city.hotline.events.EventType;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.ClassificationCorrection;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.ClassificationCorrectionRepository;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * Operators' corrections of classifications: the call takes the corrected labels, the correction is
 * recorded for the classifier's next training, and the other services are told, in one transaction.
 *
 * <p>A change of type does not yet open a ticket for a call that now needs one, nor cancel the
 * ticket of one that no longer does: dispatch learns of the change from the event.
 */
@ApplicationScoped
@Transactional
public class ClassificationCorrecting {

    private final CallRepository calls;
    private final ClassificationCorrectionRepository corrections;
    private final Outbox outbox;

    ClassificationCorrecting(CallRepository calls, ClassificationCorrectionRepository corrections, Outbox outbox) {
        this.calls = calls;
        this.corrections = corrections;
        this.outbox = outbox;
    }

    public Call correct(UUID callId, Reclassification change) {
        if (change.type() == null && change.urgency() == null && change.category() == null) {
            throw new InvalidInputException("type", "give at least one of type, urgency and category");
        }
        Call call = calls.findByIdOptional(callId)
                .orElseThrow(() -> new NotFoundException("no call has the id " + callId));
        ClassificationCorrection correction = new ClassificationCorrection();
        correction.id = UUID.randomUUID();
        correction.callId = call.id;
        correction.operator = change.operator().strip();
        correction.correctedAt = OffsetDateTime.now(ZoneOffset.UTC);
        correction.typeBefore = call.type;
        correction.urgencyBefore = call.urgency;
        correction.categoryBefore = call.category;
        call.type = change.type() == null ? call.type : change.type();
        call.urgency = change.urgency() == null ? call.urgency : change.urgency();
        call.category = change.category() == null ? call.category : change.category();
        call.needsReview = false;
        correction.typeAfter = call.type;
        correction.urgencyAfter = call.urgency;
        correction.categoryAfter = call.category;
        corrections.persist(correction);

        outbox.publish(EventType.CALL_RECLASSIFIED, call.communityCode, call.id.toString(), new CallReclassified(
                call.id.toString(), call.communityCode, call.ticketId, call.type, call.urgency, call.category,
                correction.typeBefore, correction.urgencyBefore, correction.categoryBefore, correction.operator,
                correction.correctedAt));
        return call;
    }

    /** Every corrected call with its labels as they now stand: the classifier's training data from operators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Call> correctedCalls() {
        return corrections.correctedCalls();
    }
}
