package city.hotline.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.EventType;
import city.hotline.events.TicketCallerAdded;
import city.hotline.events.TicketOpened;
import city.hotline.intake.config.IntakeConfig;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.CommunityView;
import city.hotline.intake.domain.Ticket;
import city.hotline.intake.domain.TicketStatus;
import city.hotline.intake.repository.TicketRepository;
import city.hotline.messaging.Outbox;

/**
 * Gives a placed call that needs action its ticket, in the caller's transaction: the open ticket of
 * the same matter (same building and category, opened within the duplicate window) when there is
 * one, so a second caller does not start a second ticket, else a new one, announced to dispatch.
 * Each caller on a ticket is announced to notification-service, which tells them its number and steps.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketOpening {

    private final TicketRepository tickets;
    private final TicketNumbers ticketNumbers;
    private final IntakeConfig config;
    private final Outbox outbox;

    TicketOpening(TicketRepository tickets, TicketNumbers ticketNumbers, IntakeConfig config, Outbox outbox) {
        this.tickets = tickets;
        this.ticketNumbers = ticketNumbers;
        this.config = config;
        this.outbox = outbox;
    }

    /**
     * Does nothing for a call that has a ticket already or needs none. Without a building there is no
     * telling two callers' matters apart, so such a call always opens its own ticket.
     *
     * @param callerPhone the residents who have the caller's phone ({@code ResidentPhoneRepository.owners})
     * @return whether a new ticket was opened, to be announced with {@link #announce} after the call's own event
     */
    public boolean open(Call call, CommunityView community, PhoneOwners callerPhone) {
        if (call.ticketId != null || !call.needsTicket()) {
            return false;
        }
        if (call.building != null) {
            tickets.lockMatter(call.communityCode, call.building, call.category);
            var existing = tickets.openAbout(call.communityCode, call.building, call.category,
                    call.receivedAt.minus(config.duplicateWindow()));
            if (existing.isPresent()) {
                Ticket ticket = existing.get();
                ticket.callers++;
                call.ticketId = ticket.ticketId;
                call.linkedToTicket = true;
                call.ticketCallers = ticket.callers;
                announceCaller(call, true, callerPhone.residentIn(call.communityCode));
                return false;
            }
        }
        Ticket ticket = new Ticket();
        ticket.ticketId = ticketNumbers.next(community, call.receivedAt);
        ticket.callId = call.id;
        ticket.communityCode = call.communityCode;
        ticket.building = call.building;
        ticket.category = call.category;
        ticket.openedAt = call.receivedAt;
        ticket.status = TicketStatus.OPEN;
        ticket.callers = 1;
        tickets.persist(ticket);
        call.ticketId = ticket.ticketId;
        call.ticketCallers = ticket.callers;
        return true;
    }

    /** @param callerPhone the residents who have the caller's phone, as given to {@link #open} */
    public void announce(Call call, PhoneOwners callerPhone) {
        String residentId = callerPhone.residentIn(call.communityCode);
        outbox.publish(EventType.TICKET_OPENED, call.communityCode, call.ticketId, new TicketOpened(
                call.ticketId, call.id.toString(), call.communityCode, call.type, call.urgency, call.category,
                call.text, call.receivedAt, call.building, residentId));
        announceCaller(call, false, residentId);
    }

    /**
     * Tells notification-service whom to tell of the ticket, on a topic of its own: the registered
     * resident's id when the phone is one's (their channel is known from the registry's events), the
     * phone only otherwise. A caller who left no phone cannot be told.
     */
    private void announceCaller(Call call, boolean joined, String residentId) {
        if (call.callerPhone == null || call.callerPhone.isBlank()) {
            return;
        }
        outbox.publish(EventType.TICKET_CALLER_ADDED, call.communityCode, call.ticketId, new TicketCallerAdded(
                call.ticketId, call.id.toString(), call.communityCode, residentId,
                residentId == null ? call.callerPhone : null, joined, call.receivedAt));
    }

    /**
     * The call no longer needs action: a ticket it opened is cancelled; a call linked to another
     * caller's ticket only leaves it.
     *
     * @return the ticket cancelled, to be announced, or null when the call only left a ticket or had none
     */
    public String withdraw(Call call) {
        if (call.ticketId == null) {
            return null;
        }
        Ticket ticket = tickets.findById(call.ticketId);
        String cancelled = null;
        if (call.linkedToTicket) {
            ticket.callers--;
        } else {
            ticket.status = TicketStatus.CANCELLED;
            cancelled = ticket.ticketId;
        }
        call.ticketId = null;
        call.linkedToTicket = false;
        call.ticketCallers = null;
        return cancelled;
    }
}
