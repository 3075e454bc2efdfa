package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.ControlZoneRepository;
import city.hotline.dispatch.repository.SpecialNeedsRepository;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.dispatch.repository.WorkerViewRepository.Load;
import city.hotline.events.DutyLeadPaged;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketOpened;
import city.hotline.events.Urgency;
import city.hotline.messaging.Outbox;

/**
 * 派单: turns an opened ticket into a ticket with deadlines and, when one of its community's
 * workers is on duty, a named assignee picked by the {@link Router}; publishes each dispatch to
 * the community's topic. Urgent tickets, tickets from a building under a control zone and tickets
 * of a caller on the special-needs list take the green channel: they go first and the community's
 * duty lead is paged too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Dispatcher {

    private final TicketRepository tickets;
    private final ControlZoneRepository controlZones;
    private final SpecialNeedsRepository specialNeeds;
    private final Router router;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;

    Dispatcher(TicketRepository tickets, ControlZoneRepository controlZones, SpecialNeedsRepository specialNeeds,
            Router router, DeadlinePolicy deadlines, Outbox outbox, Clock clock) {
        this.tickets = tickets;
        this.controlZones = controlZones;
        this.specialNeeds = specialNeeds;
        this.router = router;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Ticket dispatch(TicketOpened opened) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Ticket ticket = new Ticket();
        ticket.id = opened.ticketId();
        ticket.callId = UUID.fromString(opened.callId());
        ticket.communityCode = opened.communityCode();
        ticket.building = opened.building();
        ticket.type = opened.type();
        ticket.urgency = opened.urgency();
        ticket.category = opened.category();
        ticket.summary = opened.summary();
        ticket.openedAt = opened.openedAt();
        DeadlinePolicy.Deadlines due = deadlines.from(opened.openedAt(), opened.urgency(),
                opened.category(), false);
        ticket.acceptBy = due.acceptBy();
        ticket.resolveBy = due.resolveBy();
        ticket.escalateAt = due.resolveBy();
        ticket.status = TicketStatus.OPEN;
        ticket.record("OPENED", null, now);
        ticket.greenChannel = ticket.urgency == Urgency.URGENT
                || (ticket.building != null && controlZones.underControl(ticket.communityCode, ticket.building, now))
                || specialNeeds.isListed(opened.callerResidentId());
        // The duty lead is picked from routing's read: the ticket is stored after both, so a second read of the
        // community's workers would give the same loads.
        List<Load> onDuty = router.onDuty(ticket);
        assignOrWait(ticket, router.route(ticket, onDuty), now);
        if (ticket.greenChannel) {
            pageDutyLead(ticket, router.dutyLead(ticket, onDuty), now);
        }
        tickets.persist(ticket);
        return ticket;
    }

    /**
     * Assigns the tickets of a community that were waiting for someone on duty, urgent ones
     * first, when a worker of it comes on duty or becomes known.
     */
    public void assignWaiting(String communityCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Ticket ticket : tickets.waiting(communityCode)) {
            Optional<WorkerView> worker = router.route(ticket);
            worker.ifPresent(found -> assign(ticket, found, now));
        }
    }

    /**
     * A worker went off duty: the tickets they had not accepted yet go to the next candidate
     * rather than wait for them. Accepted tickets stay with them.
     */
    public void rerouteUnaccepted(WorkerView worker) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Ticket ticket : tickets.unacceptedOf(worker.id)) {
            ticket.record("OFF_DUTY", worker.name + " went off duty", now);
            route(ticket, now);
        }
    }

    /**
     * A worker left the registry: each of their open tickets, accepted or not, goes to the next
     * candidate as a hand-back does, never back to them.
     */
    public void rerouteOpenTickets(WorkerView worker) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Ticket ticket : tickets.openOf(worker.id)) {
            ticket.passedOver.add(worker.id);
            ticket.record("WORKER_REMOVED", worker.name + " left the registry", now);
            route(ticket, now);
        }
    }

    /**
     * Routes a ticket to the next candidate its router finds; when there is none it waits OPEN
     * for someone to come on duty.
     */
    public void route(Ticket ticket, OffsetDateTime now) {
        assignOrWait(ticket, router.route(ticket), now);
    }

    private void assignOrWait(Ticket ticket, Optional<WorkerView> worker, OffsetDateTime now) {
        if (worker.isPresent()) {
            assign(ticket, worker.get(), now);
        } else {
            ticket.status = TicketStatus.OPEN;
            ticket.assigneeId = null;
            ticket.assigneeName = null;
            ticket.record("WAITING", "no worker of the community is on duty", now);
        }
    }

    /**
     * Gives a ticket to a named worker, who must accept it within the policy's time: counted from
     * the opening for a new ticket, from now for one offered again or assigned after its first
     * accept-by passed while nobody was on duty.
     */
    public void assign(Ticket ticket, WorkerView worker, OffsetDateTime now) {
        if (ticket.status != TicketStatus.OPEN || ticket.acceptBy.isBefore(now)) {
            ticket.acceptBy = deadlines.acceptBy(now, ticket.urgency, ticket.category);
        }
        ticket.status = TicketStatus.ASSIGNED;
        ticket.assigneeId = worker.id;
        ticket.assigneeName = worker.name;
        ticket.acceptedAt = null;
        ticket.record("ASSIGNED", worker.name, now);
        outbox.publish(EventType.TICKET_ASSIGNED, ticket.communityCode, ticket.id, new TicketAssigned(ticket.id,
                ticket.communityCode, worker.id.toString(), worker.name, ticket.urgency, ticket.category,
                ticket.summary, now, ticket.acceptBy, ticket.resolveBy));
    }

    private void pageDutyLead(Ticket ticket, Optional<WorkerView> lead, OffsetDateTime now) {
        ticket.record("DUTY_LEAD_PAGED", lead.map(worker -> worker.name).orElse("no duty lead on duty"), now);
        outbox.publish(EventType.DUTY_LEAD_PAGED, ticket.communityCode, ticket.id, new DutyLeadPaged(ticket.id,
                ticket.communityCode, lead.map(worker -> worker.id.toString()).orElse(null),
                lead.map(worker -> worker.name).orElse(null), ticket.urgency, ticket.category, ticket.summary, now));
    }
}
