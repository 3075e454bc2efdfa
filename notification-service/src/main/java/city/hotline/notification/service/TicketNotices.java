package city.hotline.notification.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CloudEvent;
import city.hotline.events.EscalationLevel;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketClosed;
import city.hotline.events.TicketEscalated;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketHandedBack;
import city.hotline.events.TicketResolved;
import city.hotline.events.TicketWithdrawn;
import city.hotline.events.Urgency;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.TicketAssignee;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.TicketAssigneeRepository;
import city.hotline.notification.repository.WorkerRepository;

/** Decides who must hear of a ticket's step, through which channels, with what in the message. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketNotices {

    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifier notifier;
    private final WorkerRepository workers;
    private final CallerNotices callers;
    private final TicketAssigneeRepository assignees;

    TicketNotices(Notifier notifier, WorkerRepository workers, CallerNotices callers,
            TicketAssigneeRepository assignees) {
        this.notifier = notifier;
        this.workers = workers;
        this.callers = callers;
        this.assignees = assignees;
    }

    /**
     * The assigned worker learns of the new ticket and by when to accept it: in the app, and by SMS
     * when the registry gave a phone number. An urgent ticket's SMS goes at once, quiet hours or not.
     */
    public Notification assigned(CloudEvent event, TicketAssigned assigned) {
        assignees.assign(assigned.ticketId(), assigned.communityCode(), assigned.workerId(), assigned.workerName());
        boolean urgent = assigned.urgency() == Urgency.URGENT;
        List<Notice.Route> routes = workerRoutes(assigned.workerId());
        Map<String, Object> model = Map.of(
                "workerName", assigned.workerName(),
                "ticketId", assigned.ticketId(),
                "urgent", urgent,
                "summary", assigned.summary(),
                "acceptBy", DEADLINE.format(assigned.acceptBy()),
                "resolveBy", DEADLINE.format(assigned.resolveBy()));
        return notifier.notify(Cause.of(event), new Notice(RecipientKind.WORKER, assigned.workerId(), assigned.workerName(),
                assigned.ticketId(), assigned.communityCode(), urgent, model, routes));
    }

    /** 接单: the callers learn who took their ticket on and by when it is to be resolved. */
    public void accepted(CloudEvent event, TicketAccepted accepted) {
        assignees.assign(accepted.ticketId(), accepted.communityCode(), accepted.workerId(), accepted.workerName());
        callers.tellCallers(event, accepted.ticketId(), Map.of("workerName", accepted.workerName(),
                "resolveBy", DEADLINE.format(accepted.resolveBy())));
    }

    /** 办结: the callers learn the result, and that they will be called back. */
    public void resolved(CloudEvent event, TicketResolved resolved) {
        callers.tellCallers(event, resolved.ticketId(), Map.of("workerName", resolved.workerName(),
                "result", resolved.result()));
    }

    /** 回访: the callers are thanked for their answer and told whether the ticket is handled again. */
    public void followedUp(CloudEvent event, TicketFollowedUp followedUp) {
        boolean reopened = !followedUp.solved() || followedUp.satisfaction() == Satisfaction.UNSATISFIED;
        callers.tellCallers(event, followedUp.ticketId(), Map.of("satisfaction", words(followedUp.satisfaction()),
                "reopened", reopened));
    }

    /**
     * 吹哨: the supervisor of the level reached is told, in the app and by SMS: the community's
     * secretaries for a missed acceptance or the first level; the street's or district's office (known
     * only by its code here, so in the app) above that. The worker the ticket is assigned to is told
     * too, the same way as of a new ticket. Nobody is told before the event's {@code notifyAfter}.
     */
    public void escalated(CloudEvent event, TicketEscalated escalated) {
        Instant notBefore = escalated.notifyAfter() == null ? null : escalated.notifyAfter().toInstant();
        Map<String, Object> model = new HashMap<>();
        model.put("ticketId", escalated.ticketId());
        model.put("missedAccept", "ACCEPT".equals(escalated.missed()));
        model.put("deadline", DEADLINE.format(escalated.deadline()));
        model.put("level", escalated.level().name());
        model.put("toAssignee", false);
        if (escalated.level() == EscalationLevel.SECRETARY || escalated.supervisorCode() == null) {
            for (Worker secretary : workers.ofCommunityWithRole(escalated.communityCode(), CallNotices.SECRETARY)) {
                Map<String, Object> named = new HashMap<>(model);
                named.put("supervisorName", secretary.name);
                notifier.notify(Cause.of(event), new Notice(RecipientKind.SUPERVISOR, secretary.id.toString(),
                        secretary.name, escalated.ticketId(), escalated.communityCode(), false, named,
                        workerRoutes(secretary.id.toString()), notBefore));
            }
        } else {
            Map<String, Object> office = new HashMap<>(model);
            office.put("supervisorName", escalated.level() == EscalationLevel.STREET ? "街道" : "区");
            notifier.notify(Cause.of(event), new Notice(RecipientKind.SUPERVISOR, escalated.supervisorCode(), null,
                    escalated.ticketId(), escalated.communityCode(), false, office,
                    List.of(new Notice.Route(DeliveryChannel.IN_APP, escalated.supervisorCode())), notBefore));
        }
        assignees.findByIdOptional(escalated.ticketId()).ifPresent((TicketAssignee assignee) -> {
            Map<String, Object> toWorker = new HashMap<>(model);
            toWorker.put("toAssignee", true);
            toWorker.put("workerName", assignee.workerName);
            notifier.notify(Cause.of(event), new Notice(RecipientKind.WORKER, assignee.workerId, assignee.workerName,
                    escalated.ticketId(), escalated.communityCode(), false, toWorker,
                    workerRoutes(assignee.workerId), notBefore));
        });
    }

    /** 撤单: the worker who had the ticket is told to stop working on it. */
    public void withdrawn(CloudEvent event, TicketWithdrawn withdrawn) {
        assignees.release(withdrawn.ticketId());
        if (withdrawn.workerId() == null) {
            return;
        }
        notifier.notify(Cause.of(event), new Notice(RecipientKind.WORKER, withdrawn.workerId(), withdrawn.workerName(),
                withdrawn.ticketId(), withdrawn.communityCode(), false,
                Map.of("workerName", withdrawn.workerName(), "ticketId", withdrawn.ticketId()),
                workerRoutes(withdrawn.workerId())));
    }

    /** 退单: the worker gave the ticket back; nobody has it until dispatch assigns it again (withdrawn: above). */
    public void handedBack(TicketHandedBack handedBack) {
        assignees.release(handedBack.ticketId());
    }

    public void closed(TicketClosed closed) {
        assignees.release(closed.ticketId());
    }

    /** A worker in the app, and by SMS when the registry gave a phone number. */
    private List<Notice.Route> workerRoutes(String workerId) {
        List<Notice.Route> routes = new ArrayList<>();
        routes.add(new Notice.Route(DeliveryChannel.IN_APP, workerId));
        phoneOf(workerId).ifPresent(phone -> routes.add(new Notice.Route(DeliveryChannel.SMS, phone)));
        return routes;
    }

    private static String words(Satisfaction satisfaction) {
        return switch (satisfaction) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }

    private Optional<String> phoneOf(String workerId) {
        UUID id;
        try {
            id = UUID.fromString(workerId);
        } catch (IllegalArgumentException notFromTheRegistry) {
            return Optional.empty();
        }
        return workers.findByIdOptional(id).map((Worker worker) -> worker.phone)
                .filter(phone -> !phone.isBlank());
    }
}
