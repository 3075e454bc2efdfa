package city.hotline.dispatch.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.dispatch.repository.WorkerViewRepository.Candidates;
import city.hotline.events.EventType;
import city.hotline.events.HelpRequested;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketClosed;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketHandedBack;
import city.hotline.events.TicketMarkedComplex;
import city.hotline.events.TicketProgressed;
import city.hotline.events.TicketReopened;
import city.hotline.events.TicketResolved;
import city.hotline.events.Urgency;
import city.hotline.messaging.Outbox;
import city.hotline.web.InvalidInputException;

/**
 * What workers and supervisors do with a ticket: accept, record progress, call in help, hand back, resolve,
 * follow up, reassign. Each step is checked against the ticket's status (a step that does not
 * fit is a conflict), recorded in its history and published, in one transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TicketLifecycle {

    private final TicketRepository tickets;
    private final WorkerViewRepository workers;
    private final Dispatcher dispatcher;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;

    TicketLifecycle(TicketRepository tickets, WorkerViewRepository workers, Dispatcher dispatcher,
            DeadlinePolicy deadlines, Outbox outbox, Clock clock) {
        this.tickets = tickets;
        this.workers = workers;
        this.dispatcher = dispatcher;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * 接单: a worker of the ticket's community takes it on. Until it is accepted any colleague may
     * take it over from the assignee; once accepted, every other accept is refused.
     */
    public Ticket accept(String ticketId, UUID workerId) {
        Ticket ticket = find(ticketId);
        require(ticket, "accept", TicketStatus.OPEN, TicketStatus.ASSIGNED);
        WorkerView worker = worker(workerId, ticket);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.status = TicketStatus.ACCEPTED;
        ticket.assigneeId = worker.id;
        ticket.assigneeName = worker.name;
        ticket.acceptedAt = now;
        ticket.record("ACCEPTED", worker.name, now);
        outbox.publish(EventType.TICKET_ACCEPTED, ticket.communityCode, ticket.id, new TicketAccepted(ticket.id,
                ticket.communityCode, worker.id.toString(), worker.name, now, ticket.resolveBy));
        return saved(ticket);
    }

    /** A progress note by the worker handling the ticket. */
    public Ticket progress(String ticketId, UUID workerId, String note) {
        Ticket ticket = find(ticketId);
        require(ticket, "record progress on", TicketStatus.ACCEPTED);
        requireAssignee(ticket, workerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.record("PROGRESS", note, now);
        outbox.publish(EventType.TICKET_PROGRESSED, ticket.communityCode, ticket.id, new TicketProgressed(ticket.id,
                ticket.communityCode, workerId.toString(), ticket.assigneeName, note, now));
        return saved(ticket);
    }

    /**
     * The assignee calls in help of another role (a partner for gas or repairs, a volunteer for
     * supplies ...): the least loaded colleague of that role on duty is told; the ticket stays with the assignee.
     */
    public Ticket callInHelp(String ticketId, UUID workerId, String role, String note) {
        Ticket ticket = find(ticketId);
        require(ticket, "call in help on", TicketStatus.ACCEPTED);
        requireAssignee(ticket, workerId);
        WorkerView helper = workers.leastLoaded(new Candidates(ticket.communityCode, List.of(role), null,
                        Set.of(workerId)))
                .orElseThrow(() -> new ClientErrorException("no " + role + " of community " + ticket.communityCode
                        + " is on duty", 409));
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.record("HELP_REQUESTED", helper.name + " (" + role + "): " + note, now);
        outbox.publish(EventType.HELP_REQUESTED, ticket.communityCode, ticket.id, new HelpRequested(ticket.id,
                ticket.communityCode, workerId.toString(), ticket.assigneeName, helper.id.toString(), helper.name,
                role, note, now));
        return saved(ticket);
    }

    /** 退单: the assignee hands the ticket back with a reason; it goes to the next candidate, never back to them. */
    public Ticket handBack(String ticketId, UUID workerId, String reason) {
        Ticket ticket = find(ticketId);
        require(ticket, "hand back", TicketStatus.ASSIGNED, TicketStatus.ACCEPTED);
        requireAssignee(ticket, workerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String name = ticket.assigneeName;
        ticket.passedOver.add(workerId);
        ticket.record("HANDED_BACK", name + ": " + reason, now);
        outbox.publish(EventType.TICKET_HANDED_BACK, ticket.communityCode, ticket.id, new TicketHandedBack(ticket.id,
                ticket.communityCode, workerId.toString(), name, reason, now));
        dispatcher.route(ticket, now);
        return saved(ticket);
    }

    /** 办结: the assignee resolved the ticket; the follow-up call comes next. */
    public Ticket resolve(String ticketId, UUID workerId, String result) {
        Ticket ticket = find(ticketId);
        require(ticket, "resolve", TicketStatus.ACCEPTED);
        requireAssignee(ticket, workerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.status = TicketStatus.RESOLVED;
        ticket.resolvedAt = now;
        ticket.result = result;
        ticket.record("RESOLVED", result, now);
        outbox.publish(EventType.TICKET_RESOLVED, ticket.communityCode, ticket.id, new TicketResolved(ticket.id,
                ticket.communityCode, workerId.toString(), ticket.assigneeName, result, now));
        return saved(ticket);
    }

    /**
     * 回访: what the caller said when called back. Solved and not unsatisfied closes the ticket;
     * otherwise it reopens with its history, new deadlines and one more reopen counted, and goes
     * back to the worker who handled it if they are on duty.
     */
    public Ticket followUp(String ticketId, boolean solved, Satisfaction satisfaction, String note) {
        Ticket ticket = find(ticketId);
        require(ticket, "follow up", TicketStatus.RESOLVED);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.solved = solved;
        ticket.satisfaction = satisfaction;
        ticket.record("FOLLOWED_UP", (solved ? "solved, " : "not solved, ") + satisfaction
                + (note == null ? "" : ": " + note), now);
        outbox.publish(EventType.TICKET_FOLLOWED_UP, ticket.communityCode, ticket.id, new TicketFollowedUp(ticket.id,
                ticket.communityCode, solved, satisfaction, note, now));
        if (solved && satisfaction != Satisfaction.UNSATISFIED) {
            ticket.status = TicketStatus.CLOSED;
            ticket.closedAt = now;
            ticket.record("CLOSED", null, now);
            outbox.publish(EventType.TICKET_CLOSED, ticket.communityCode, ticket.id,
                    new TicketClosed(ticket.id, ticket.communityCode, satisfaction, now));
        } else {
            reopen(ticket, solved ? "the caller is unsatisfied" : "the caller says it is not solved", now);
        }
        return saved(ticket);
    }

    /** 改派: a supervisor gives the ticket to another worker of its community, who must accept it anew. */
    public Ticket reassign(String ticketId, UUID workerId, String reason) {
        Ticket ticket = find(ticketId);
        require(ticket, "reassign", TicketStatus.OPEN, TicketStatus.ASSIGNED, TicketStatus.ACCEPTED);
        WorkerView worker = worker(workerId, ticket);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ticket.record("REASSIGNED", reason, now);
        ticket.status = TicketStatus.ASSIGNED;
        dispatcher.assign(ticket, worker, now);
        return saved(ticket);
    }

    /**
     * 办理复杂: the assignee (workerId given) or a supervisor (workerId null) marks a pending ticket
     * complex, with a reason, before its resolve-by: it gets the policy's longer resolve-by, counted
     * from its opening (or last reopening), and its escalation timer moves with it. Once per
     * ticket; URGENT tickets keep their hours.
     */
    public Ticket markComplex(String ticketId, UUID workerId, String reason) {
        Ticket ticket = find(ticketId);
        require(ticket, "mark complex", TicketStatus.OPEN, TicketStatus.ASSIGNED, TicketStatus.ACCEPTED);
        if (workerId != null) {
            requireAssignee(ticket, workerId);
        }
        if (ticket.urgency == Urgency.URGENT) {
            throw new ClientErrorException("ticket " + ticket.id + " is URGENT: its deadlines are not extended", 409);
        }
        if (ticket.complex) {
            throw new ClientErrorException("ticket " + ticket.id + " is already marked complex", 409);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isBefore(ticket.resolveBy)) {
            throw new ClientErrorException("ticket " + ticket.id + " is past its resolve-by " + ticket.resolveBy
                    + ": it can no longer be marked complex", 409);
        }
        OffsetDateTime extended = deadlines.from(ticket.resolveWindowOpenedAt(), ticket.urgency, ticket.category, true)
                .resolveBy();
        ticket.complex = true;
        if (extended.isAfter(ticket.resolveBy)) {
            ticket.resolveBy = extended;
            ticket.escalateAt = extended;
        }
        String by = workerId == null ? "supervisor" : ticket.assigneeName;
        ticket.record("MARKED_COMPLEX", by + ": " + reason, now);
        outbox.publish(EventType.TICKET_MARKED_COMPLEX, ticket.communityCode, ticket.id, new TicketMarkedComplex(
                ticket.id, ticket.communityCode, workerId == null ? null : workerId.toString(),
                workerId == null ? null : ticket.assigneeName, reason, ticket.resolveBy, now));
        return saved(ticket);
    }

    private void reopen(Ticket ticket, String reason, OffsetDateTime now) {
        ticket.reopenCount++;
        ticket.resolvedAt = null;
        DeadlinePolicy.Deadlines due = deadlines.from(now, ticket.urgency, ticket.category,
                ticket.complex);
        ticket.acceptBy = due.acceptBy();
        ticket.resolveBy = due.resolveBy();
        ticket.escalateAt = due.resolveBy();
        ticket.escalationLevel = null;
        ticket.record("REOPENED", reason, now);
        outbox.publish(EventType.TICKET_REOPENED, ticket.communityCode, ticket.id,
                new TicketReopened(ticket.id, ticket.communityCode, ticket.reopenCount, reason, now));
        WorkerView previous = ticket.assigneeId == null ? null : workers.findById(ticket.assigneeId);
        if (previous != null && previous.onDuty) {
            dispatcher.assign(ticket, previous, now);
        } else {
            dispatcher.route(ticket, now);
        }
    }

    private Ticket find(String ticketId) {
        return tickets.findByIdOptional(ticketId)
                .orElseThrow(() -> new NotFoundException("no ticket has the id " + ticketId));
    }

    /** Flushed here so that a concurrent change of the same ticket is refused as a conflict, not at commit. */
    private Ticket saved(Ticket ticket) {
        tickets.flush();
        return ticket;
    }

    private static void require(Ticket ticket, String action, TicketStatus... allowed) {
        if (!Arrays.asList(allowed).contains(ticket.status)) {
            throw new ClientErrorException("cannot " + action + " ticket " + ticket.id + ": it is "
                    + ticket.status + " (only " + Arrays.toString(allowed) + ")", 409);
        }
    }

    private static void requireAssignee(Ticket ticket, UUID workerId) {
        if (!ticket.isAssignedTo(workerId)) {
            throw new ClientErrorException("ticket " + ticket.id + " is assigned to "
                    + (ticket.assigneeName == null ? "nobody" : ticket.assigneeName) + ", not to worker " + workerId, 409);
        }
    }

    private WorkerView worker(UUID workerId, Ticket ticket) {
        WorkerView worker = workers.findByIdOptional(workerId)
                .orElseThrow(() -> new InvalidInputException("workerId", "no worker has the id " + workerId));
        if (!worker.communityCode.equals(ticket.communityCode)) {
            throw new InvalidInputException("workerId", worker.name + " is not a worker of community "
                    + ticket.communityCode);
        }
        return worker;
    }
}
