package city.hotline.dispatch.rest;

import java.time.OffsetDateTime;
import java.util.List;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/** A ticket with its assignee, deadlines and history. */
public record TicketView(String id, String callId, String communityCode, CallType type, Urgency urgency,
        Category category, String summary, TicketStatus status, Assignee assignee, OffsetDateTime openedAt,
        OffsetDateTime acceptBy, OffsetDateTime resolveBy, List<Step> history) {

    public record Assignee(String workerId, String name) {
    }

    public record Step(OffsetDateTime at, String action, String note) {
    }

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.id, ticket.callId.toString(), ticket.communityCode, ticket.type, ticket.urgency,
                ticket.category, ticket.summary, ticket.status,
                ticket.assigneeId == null ? null : new Assignee(ticket.assigneeId.toString(), ticket.assigneeName),
                ticket.openedAt, ticket.acceptBy, ticket.resolveBy,
                ticket.history.stream().map(step -> new Step(step.at, step.action, step.note)).toList());
    }
}
