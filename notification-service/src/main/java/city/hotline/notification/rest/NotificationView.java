package city.hotline.notification.rest;

import java.time.OffsetDateTime;

import city.hotline.notification.domain.Notification;

/** A notification as its recipient or an auditor sees it. */
public record NotificationView(String id, String recipientKind, String recipientId, String recipientName,
        String channel, String ticketId, String communityCode, String message, OffsetDateTime createdAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id.toString(), notification.recipientKind.name(),
                notification.recipientId, notification.recipientName, notification.channel, notification.ticketId,
                notification.communityCode, notification.message, notification.createdAt);
    }
}
