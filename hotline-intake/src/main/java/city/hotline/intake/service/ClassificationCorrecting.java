package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.CallReclassified;
import city.hotline.events.CallType;
import city.hotline.events.EventType;
import city.hotline.events.TicketCancelled;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.ClassificationCorrection;
import city.hotline.intake.domain.PolicyAnswer;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.ClassificationCorrectionRepository;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * Operators' corrections of classifications: the call takes the corrected labels, the correction is
 * recorded for the classifier's next training, and the other services are told, in one transaction.
 *
 * <p>A change of type opens the ticket of a placed call that now needs action (or links it to the
 * open ticket of the same matter), and cancels the ticket of one that no longer does
 * ({@code hotline.ticket.cancelled}); a call that was only linked to another caller's ticket leaves it.
 * Praise is credited or taken back as the type changes to or from PRAISE, and a call that became a
 * suggestion is forwarded to its community.
 */
@ApplicationScoped
@Transactional
public class ClassificationCorrecting {

    private final CallRepository calls;
    private final ClassificationCorrectionRepository corrections;
    private final CommunityViewRepository communities;
    private final ResidentPhoneRepository residentPhones;
    private final TicketOpening tickets;
    private final PolicyAnswers answers;
    private final PraiseCrediting praise;
    private final SuggestionForwarding suggestions;
    private final StatisticsRepository statistics;
    private final Outbox outbox;

    ClassificationCorrecting(CallRepository calls, ClassificationCorrectionRepository corrections,
            CommunityViewRepository communities, ResidentPhoneRepository residentPhones, TicketOpening tickets,
            PolicyAnswers answers, PraiseCrediting praise, SuggestionForwarding suggestions,
            StatisticsRepository statistics, Outbox outbox) {
        this.calls = calls;
        this.corrections = corrections;
        this.communities = communities;
        this.residentPhones = residentPhones;
        this.tickets = tickets;
        this.answers = answers;
        this.praise = praise;
        this.suggestions = suggestions;
        this.statistics = statistics;
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
        answerIfConsultation(call);
        String ticketBefore = call.ticketId;
        PhoneOwners callerPhone = residentPhones.owners(call.callerPhone);
        boolean ticketOpened = call.communityCode != null
                && tickets.open(call, communities.findById(call.communityCode), callerPhone);
        correction.ticketOpened = ticketOpened ? call.ticketId : null;
        if (!call.needsTicket()) {
            correction.ticketCancelled = tickets.withdraw(call);
        }
        corrections.persist(correction);
        praise.recredit(call, correction.typeBefore);
        recount(call, correction, ticketBefore);

        // The event names the call's ticket the correction is about: the one it had, or the one it opened.
        String ticket = ticketBefore != null ? ticketBefore : call.ticketId;
        outbox.publish(EventType.CALL_RECLASSIFIED, call.communityCode, call.id.toString(), new CallReclassified(
                call.id.toString(), call.communityCode, ticket, call.type, call.urgency, call.category,
                correction.typeBefore, correction.urgencyBefore, correction.categoryBefore, correction.operator,
                correction.correctedAt));
        if (ticketOpened) {
            tickets.announce(call, callerPhone);
        }
        if (correction.ticketCancelled != null) {
            outbox.publish(EventType.TICKET_CANCELLED, call.communityCode, correction.ticketCancelled,
                    new TicketCancelled(correction.ticketCancelled, call.id.toString(), call.communityCode, call.type,
                            correction.operator, correction.correctedAt));
        }
        if (correction.typeBefore != CallType.SUGGESTION) {
            suggestions.forwardIfSuggestion(call);
        }
        return call;
    }

    /**
     * A placed call's statistics move with its labels, in the same transaction (an unplaced one is
     * counted when placed, as it then is). A consultation without a ticket counts as answered on
     * the call, as when the call was taken (docs/statistics.md).
     */
    private void recount(Call call, ClassificationCorrection correction, String ticketBefore) {
        if (call.communityCode == null) {
            return;
        }
        boolean answeredBefore = correction.typeBefore == CallType.CONSULTATION && ticketBefore == null;
        boolean answered = call.type == CallType.CONSULTATION && call.ticketId == null;
        if (call.type != correction.typeBefore || call.category != correction.categoryBefore
                || answered != answeredBefore) {
            statistics.recountCall(StatisticsDay.of(call.receivedAt), call.communityCode, correction.typeBefore,
                    correction.categoryBefore, answeredBefore, call.type, call.category, answered);
        }
    }

    /** A call corrected to a consultation is answered when an answer fits; any other type has no answer. */
    private void answerIfConsultation(Call call) {
        Optional<PolicyAnswer> answer = call.type == CallType.CONSULTATION
                ? answers.fitting(call.text, call.category, call.receivedAt) : Optional.empty();
        call.answerId = answer.map(fitting -> fitting.id).orElse(null);
        call.answerText = answer.map(fitting -> fitting.answer).orElse(null);
    }

    /** Every corrected call with its labels as they now stand: the classifier's training data from operators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Call> correctedCalls() {
        return corrections.correctedCalls();
    }
}
