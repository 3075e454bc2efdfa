package city.hotline.notification.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CloudEvent;
import city.hotline.events.TicketAssigned;
import city.hotline.events.Urgency;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.Worker;
import city.hotline.notification.repository.WorkerRepository;

/** Decides who must hear of a ticket's step, through which channels, with what in the message. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketNotices {

    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifier notifier;
    private final WorkerRepository workers;

    TicketNotices(Notifier notifier, WorkerRepository workers) {
        this.notifier = notifier;
        this.workers = workers;
    }

    /**
     * The assigned worker learns of the new ticket and by when to accept it: in the app, and by SMS
     * when the registry gave a phone number. An urgent ticket's SMS goes at once, quiet hours or not.
     */
    public Notification assigned(CloudEvent event, TicketAssigned assigned) {
        boolean urgent = assigned.urgency() == Urgency.URGENT;
        List<Notice.Route> routes = new ArrayList<>();
        routes.add(new Notice.Route(DeliveryChannel.IN_APP, assigned.workerId()));
        phoneOf(assigned.workerId()).ifPresent(phone -> routes.add(new Notice.Route(DeliveryChannel.SMS, phone)));
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
