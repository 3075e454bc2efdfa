package city.hotline.notification.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import city.hotline.events.CloudEvent;
import city.hotline.events.TicketCallerAdded;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.Resident;
import city.hotline.notification.domain.TicketCaller;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.TicketCallerRepository;

/**
 * The caller (来电人) of a ticket is told its number when intake opens it or joins their call to it,
 * and later its steps (accepted, resolved, followed up): a registered resident through the channel
 * they prefer (a door visit when they prefer one or have no phone), anyone else by SMS.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CallerNotices {

    private static final Logger LOG = Logger.getLogger(CallerNotices.class);

    private final Notifier notifier;
    private final TicketCallerRepository callers;
    private final ResidentRepository residents;
    private final CommunityNames communities;

    CallerNotices(Notifier notifier, TicketCallerRepository callers, ResidentRepository residents,
            CommunityNames communities) {
        this.notifier = notifier;
        this.callers = callers;
        this.residents = residents;
        this.communities = communities;
    }

    /**
     * Remembers the caller and tells them the ticket's number at once, quiet hours or not: they
     * have just called and wait for it.
     */
    public void added(CloudEvent event, TicketCallerAdded added) {
        TicketCaller caller = new TicketCaller();
        caller.ticketId = added.ticketId();
        caller.callId = added.callId();
        caller.communityCode = added.communityCode();
        caller.residentId = added.residentId();
        caller.phone = added.residentId() == null ? added.phone() : null;
        callers.persist(caller);
        Map<String, Object> model = new HashMap<>();
        model.put("joined", added.joined());
        tell(event, caller, true, model);
    }

    /** Tells every caller of the ticket of one of its steps, in the words of the event's templates. */
    public void tellCallers(CloudEvent event, String ticketId, Map<String, Object> model) {
        for (TicketCaller caller : callers.ofTicket(ticketId)) {
            tell(event, caller, false, new HashMap<>(model));
        }
    }

    private void tell(CloudEvent event, TicketCaller caller, boolean urgent, Map<String, Object> model) {
        Optional<Resident> resident = Optional.ofNullable(caller.residentId).flatMap(residents::findByIdOptional);
        Notice.Route route;
        if (resident.isPresent()) {
            route = ResidentRoutes.of(resident.get(), DeliveryChannel.SMS);
        } else if (caller.phone != null && !caller.phone.isBlank()) {
            route = new Notice.Route(DeliveryChannel.SMS, caller.phone);
        } else {
            LOG.warnf("caller of ticket %s is resident %s, whom the registry has not announced here: not told",
                    caller.ticketId, caller.residentId);
            return;
        }
        model.put("ticketId", caller.ticketId);
        model.put("communityName", communities.of(caller.communityCode).orElse("社区"));
        model.put("building", resident.map(known -> known.building).orElse(null));
        // Recipient ids say how the caller is known, never the phone number itself.
        String recipientId = caller.residentId != null ? "resident:" + caller.residentId : "call:" + caller.callId;
        notifier.notify(Cause.of(event), new Notice(RecipientKind.CALLER, recipientId, null, caller.ticketId,
                caller.communityCode, urgent, model, List.of(route)));
    }
}
