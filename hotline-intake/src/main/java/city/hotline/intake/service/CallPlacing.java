package city.hotline.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.CallPlaced;
import city.hotline.events.EventType;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * An operator places a call intake could not place: the call takes the community (and building),
 * gets its ticket when its type needs one, and the other services are told, in one transaction.
 */
@ApplicationScoped
@Transactional
public class CallPlacing {

    private final CallRepository calls;
    private final CommunityViewRepository communities;
    private final ResidentPhoneRepository residentPhones;
    private final TicketOpening tickets;
    private final PraiseCrediting praise;
    private final SuggestionForwarding suggestions;
    private final Outbox outbox;

    CallPlacing(CallRepository calls, CommunityViewRepository communities, ResidentPhoneRepository residentPhones,
            TicketOpening tickets, PraiseCrediting praise, SuggestionForwarding suggestions, Outbox outbox) {
        this.calls = calls;
        this.communities = communities;
        this.residentPhones = residentPhones;
        this.tickets = tickets;
        this.praise = praise;
        this.suggestions = suggestions;
        this.outbox = outbox;
    }

    /** @param building {@code compound/building}, or null when the operator knows only the community */
    public Call place(UUID callId, String communityCode, String building, String operator) {
        CommunityView community = communities.findByIdOptional(communityCode).orElseThrow(() ->
                new InvalidInputException("communityCode", "no community has the code " + communityCode));
        Call call = calls.findByIdOptional(callId)
                .orElseThrow(() -> new NotFoundException("no call has the id " + callId));
        if (call.communityCode != null) {
            throw new ClientErrorException("the call is placed already, in community " + call.communityCode, 409);
        }
        call.communityCode = community.code;
        call.building = building == null || building.isBlank() ? null : building.strip();
        PhoneOwners callerPhone = residentPhones.owners(call.callerPhone);
        boolean ticketOpened = tickets.open(call, community, callerPhone);
        praise.creditIfPraise(call);

        outbox.publish(EventType.CALL_PLACED, call.communityCode, call.id.toString(), new CallPlaced(
                call.id.toString(), call.communityCode, call.building, call.type, call.urgency, call.category,
                call.receivedAt, call.ticketId, operator.strip(), OffsetDateTime.now(ZoneOffset.UTC),
                call.praisedWorkerId, call.praisedWorkerName));
        if (ticketOpened) {
            tickets.announce(call, callerPhone);
        }
        suggestions.forwardIfSuggestion(call);
        return call;
    }
}
