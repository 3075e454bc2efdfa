package city.hotline.dispatch.rest;

import java.time.OffsetDateTime;
import java.util.List;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EscalationLevel;
import city.hotline.events.Satisfaction;
import city.hotline.events.Urgency;

/** A ticket with its assignee, deadlines, follow-up and history. */
public record TicketView(String id, String callId, String communityCode, String building, CallType type,
        Urgency urgency, Category category, String summary, TicketStatus status, Assignee assignee,
        OffsetDateTime openedAt, OffsetDateTime acceptBy, OffsetDateTime resolveBy, OffsetDateTime acceptedAt,
        OffsetDateTime resolvedAt, String result, Boolean solved, Satisfaction satisfaction, int reopenCount,
        EscalationLevel escalationLevel, List<Step> history, boolean complex) {

    public record Assignee(String workerId, String name) {
    }

    public record Step(OffsetDateTime at, String action, String note) {
    }

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.id, ticket.callId.toString(), ticket.communityCode, ticket.building, ticket.type,
                ticket.urgency, ticket.category, ticket.summary, ticket.status,
                ticket.assigneeId == null ? null : new Assignee(ticket.assigneeId.toString(), ticket.assigneeName),
                ticket.openedAt, ticket.acceptBy, ticket.resolveBy, ticket.acceptedAt, ticket.resolvedAt,
                ticket.result, ticket.solved, ticket.satisfaction, ticket.reopenCount, ticket.escalationLevel,
                ticket.history.stream().map(step -> new Step(step.at, step.action, step.note)).toList(),
                ticket.complex);
    }
}
