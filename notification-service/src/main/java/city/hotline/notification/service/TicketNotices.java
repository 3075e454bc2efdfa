package city.hotline.notification.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CloudEvent;
import city.hotline.events.TicketAssigned;
import city.hotline.events.Urgency;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.repository.NotificationRepository;

/** Decides who must hear of a ticket's step, and in what words. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TicketNotices {

    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final NotificationRepository notifications;

    TicketNotices(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** The assigned worker learns of the new ticket and by when to accept it. */
    public Notification assigned(CloudEvent event, TicketAssigned assigned) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = event.id();
        notification.recipientKind = RecipientKind.WORKER;
        notification.recipientId = assigned.workerId();
        notification.recipientName = assigned.workerName();
        notification.channel = "IN_APP";
        notification.ticketId = assigned.ticketId();
        notification.communityCode = assigned.communityCode();
        notification.message = "%s您好，新%s工单 %s：%s。请于%s前受理。".formatted(
                assigned.workerName(), assigned.urgency() == Urgency.URGENT ? "紧急" : "", assigned.ticketId(),
                assigned.summary(), DEADLINE.format(assigned.acceptBy()));
        notification.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        notifications.persist(notification);
        return notification;
    }
}
