package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import city.hotline.events.CallReceived;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EventType;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Channel;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.CallRepository.PageOfCalls;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * Takes a call: classifies it, places it (see {@link CallPlaces}; a call that cannot be placed is
 * kept for an operator to place), stores it, opens a ticket when it needs action, and records the
 * events for the other services, all in one transaction, so an acknowledged call is never lost
 * and never half-taken.
 */
@ApplicationScoped
@Transactional
public class CallTaking {

    private final CallRepository calls;
    private final CommunityViewRepository communities;
    private final ResidentPhoneRepository residentPhones;
    private final CallPlaces places;
    private final Classifier classifier;
    private final TicketOpening tickets;
    private final PolicyAnswers answers;
    private final PraiseCrediting praise;
    private final SuggestionForwarding suggestions;
    private final Outbox outbox;

    CallTaking(CallRepository calls, CommunityViewRepository communities, ResidentPhoneRepository residentPhones,
            CallPlaces places, Classifier classifier, TicketOpening tickets, PolicyAnswers answers,
            PraiseCrediting praise, SuggestionForwarding suggestions, Outbox outbox) {
        this.calls = calls;
        this.communities = communities;
        this.residentPhones = residentPhones;
        this.places = places;
        this.classifier = classifier;
        this.tickets = tickets;
        this.answers = answers;
        this.praise = praise;
        this.suggestions = suggestions;
        this.outbox = outbox;
    }

    /**
     * @param idempotencyKey when given and already used, the call first taken with it is returned
     *                       and nothing else happens
     */
    public Call take(@Valid NewCall report, Optional<String> idempotencyKey) {
        return take(report, idempotencyKey, Optional.empty());
    }

    /**
     * @param category the category the caller chose (an Open311 service), which the classifier's gives way to
     */
    public Call take(@Valid NewCall report, Optional<String> idempotencyKey, Optional<Category> category) {
        if (report.communityCode() != null && communities.findByIdOptional(report.communityCode()).isEmpty()) {
            throw new InvalidInputException("communityCode", "no community has the code " + report.communityCode());
        }
        UUID id = UUID.randomUUID();
        Optional<UUID> earlier = idempotencyKey.flatMap(key -> calls.claimIdempotencyKey(key, id));
        if (earlier.isPresent()) {
            return calls.findById(earlier.get());
        }

        Call call = new Call();
        call.id = id;
        call.text = report.text();
        call.callerPhone = report.callerPhone();
        call.callerName = report.callerName();
        call.channel = report.channel() == null ? Channel.PHONE : report.channel();
        call.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        call.receivedAt = report.receivedAt() == null ? call.createdAt : report.receivedAt();
        call.address = report.address();
        // One lookup of the phone places the call and names the caller on its ticket.
        PhoneOwners callerPhone = residentPhones.owners(report.callerPhone());
        // A place in a community the registry has not announced yet cannot take a ticket: an operator places it.
        Optional<Placement> placement = places.of(report, report.communityCode(), callerPhone);
        CommunityView community = placement.flatMap(place -> communities.findByIdOptional(place.communityCode()))
                .orElse(null);
        call.communityCode = community == null ? null : community.code;
        call.building = community == null ? null : placement.get().building();
        Classification classification = classifier.classify(report.text());
        call.type = classification.type();
        call.urgency = classification.urgency();
        call.category = category.orElse(classification.category());
        call.confidence = classification.confidence();
        call.needsReview = classification.needsReview();
        if (call.type == CallType.CONSULTATION) {
            answers.fitting(call.text, call.category, call.receivedAt).ifPresent(answer -> {
                call.answerId = answer.id;
                call.answerText = answer.answer;
            });
        }
        calls.persist(call);
        boolean ticketOpened = community != null && tickets.open(call, community, callerPhone);
        praise.creditIfPraise(call);

        outbox.publish(EventType.CALL_RECEIVED, call.communityCode, call.id.toString(), new CallReceived(
                call.id.toString(), call.communityCode, call.channel.name(), call.type, call.urgency, call.category,
                call.confidence, call.receivedAt, call.ticketId, call.needsReview, call.praisedWorkerId,
                call.praisedWorkerName));
        if (ticketOpened) {
            tickets.announce(call, callerPhone);
        }
        suggestions.forwardIfSuggestion(call);
        return call;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOfCalls search(CallSearch search, int page, int size) {
        return calls.search(search, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Call> find(UUID id) {
        return calls.findByIdOptional(id);
    }
}
