package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import city.hotline.events.CallReceived;
import city.hotline.events.EventType;
import city.hotline.events.TicketOpened;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Channel;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * Takes a call: classifies it, stores it, opens a ticket when it needs action, and records the
 * events for the other services, all in one transaction, so an acknowledged call is never lost
 * and never half-taken.
 */
@ApplicationScoped
@Transactional
public class CallTaking {

    private final CallRepository calls;
    private final CommunityViewRepository communities;
    private final Classifier classifier;
    private final TicketNumbers ticketNumbers;
    private final Outbox outbox;

    CallTaking(CallRepository calls, CommunityViewRepository communities, Classifier classifier,
            TicketNumbers ticketNumbers, Outbox outbox) {
        this.calls = calls;
        this.communities = communities;
        this.classifier = classifier;
        this.ticketNumbers = ticketNumbers;
        this.outbox = outbox;
    }

    /**
     * @param idempotencyKey when given and already used, the call first taken with it is returned
     *                       and nothing else happens
     */
    public Call take(@Valid NewCall report, Optional<String> idempotencyKey) {
        CommunityView community = report.communityCode() == null ? null
                : communities.findByIdOptional(report.communityCode()).orElseThrow(() -> new InvalidInputException(
                        "communityCode", "no community has the code " + report.communityCode()));
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
        call.communityCode = community == null ? null : community.code;
        call.address = report.address();
        Classification classification = classifier.classify(report.text());
        call.type = classification.type();
        call.urgency = classification.urgency();
        call.category = classification.category();
        call.confidence = classification.confidence();
        call.needsReview = classification.needsReview();
        if (community != null && call.type.opensTicket()) {
            call.ticketId = ticketNumbers.next(community, call.receivedAt);
        }
        calls.persist(call);

        outbox.publish(EventType.CALL_RECEIVED, call.communityCode, call.id.toString(), new CallReceived(
                call.id.toString(), call.communityCode, call.channel.name(), call.type, call.urgency, call.category,
                call.confidence, call.receivedAt, call.ticketId, call.needsReview));
        if (call.ticketId != null) {
            outbox.publish(EventType.TICKET_OPENED, call.communityCode, call.ticketId, new TicketOpened(
                    call.ticketId, call.id.toString(), call.communityCode, call.type, call.urgency, call.category,
                    call.text, call.receivedAt));
        }
        return call;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Call> find(UUID id) {
        return calls.findByIdOptional(id);
    }
}
