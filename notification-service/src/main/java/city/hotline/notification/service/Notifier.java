package city.hotline.notification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.events.CloudEvent;
import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.domain.RecipientKind;
import city.hotline.notification.domain.Subscription;
import city.hotline.notification.repository.DeliveryRepository;
import city.hotline.notification.repository.NotificationRepository;

/**
 * Records what a recipient must be told and queues one delivery per channel, in the transaction of
 * the event or broadcast that caused it; the {@link DeliverySender} does the sending. The unique keys (event,
 * recipient) and (notification, channel) make a second recording of the same thing fail rather
 * than send twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final MessageTemplates templates;
    private final DeliverySchedule schedule;
    private final ObjectMapper json;
    private final Clock clock;

    Notifier(NotificationRepository notifications, DeliveryRepository deliveries, MessageTemplates templates,
            DeliverySchedule schedule, ObjectMapper json, Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.templates = templates;
        this.schedule = schedule;
        this.json = json;
        this.clock = clock;
    }

    /** A message in the words of the cause's templates, through each of the notice's channels. */
    public Notification notify(Cause cause, Notice notice) {
        Instant now = clock.instant();
        Notification notification = notification(cause, notice.recipientKind(), notice.recipientId(),
                notice.recipientName(), notice.ticketId(), notice.communityCode(), notice.urgent(), now);
        notification.message = templates.render(cause.type(), DeliveryChannel.IN_APP, notice.model());
        notification.notBefore = notice.notBefore() == null || !notice.notBefore().isAfter(now) ? null
                : notice.notBefore().atOffset(ZoneOffset.UTC);
        notifications.persist(notification);
        for (Notice.Route route : notice.routes()) {
            Delivery inFront = queue(notification, route.channel(), route.address(),
                    body(cause, route, notification, notice), now, notice.notBefore());
            for (Notice.Route fallback = route.fallback(); fallback != null; fallback = fallback.fallback()) {
                Delivery standby = queue(notification, fallback.channel(), fallback.address(),
                        body(cause, fallback, notification, notice), now, notice.notBefore());
                standby.status = DeliveryStatus.STANDBY;
                standby.fallbackFor = inFront.id;
                inFront = standby;
            }
        }
        return notification;
    }

    private String body(Cause cause, Notice.Route route, Notification notification, Notice notice) {
        return route.channel() == DeliveryChannel.IN_APP ? notification.message
                : templates.render(cause.type(), route.channel(), notice.model());
    }

    /** The event itself, as a structured CloudEvent, to a community system's webhook. */
    public Notification forward(CloudEvent event, Subscription subscription, String ticketId) {
        Instant now = clock.instant();
        Notification notification = notification(Cause.of(event), RecipientKind.COMMUNITY, subscription.id.toString(),
                null, ticketId, subscription.communityCode, false, now);
        notification.message = event.type();
        notifications.persist(notification);
        queue(notification, DeliveryChannel.WEBHOOK, subscription.url, CloudEventJson.structured(event, json), now,
                null);
        return notification;
    }

    private static Notification notification(Cause cause, RecipientKind kind, String recipientId,
            String recipientName, String ticketId, String communityCode, boolean urgent, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = cause.id();
        notification.eventType = cause.type();
        notification.broadcastId = cause.broadcastId();
        notification.recipientKind = kind;
        notification.recipientId = recipientId;
        notification.recipientName = recipientName;
        notification.ticketId = ticketId;
        notification.communityCode = communityCode;
        notification.urgent = urgent;
        notification.createdAt = now.atOffset(ZoneOffset.UTC);
        return notification;
    }

    private Delivery queue(Notification notification, DeliveryChannel channel, String address, String body,
            Instant now, Instant notBefore) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.notificationId = notification.id;
        delivery.channel = channel;
        delivery.address = address;
        delivery.body = body;
        delivery.attempts = 0;
        delivery.createdAt = now.atOffset(ZoneOffset.UTC);
        schedule.due(delivery, notification.urgent, now, notBefore);
        deliveries.persist(delivery);
        return delivery;
    }
}
