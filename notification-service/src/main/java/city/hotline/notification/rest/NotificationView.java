package city.hotline.notification.rest;

import java.time.OffsetDateTime;
import java.util.List;

import city.hotline.notification.domain.Notification;

/** A notification as its recipient or an auditor sees it, with how each channel fared. */
public record NotificationView(String id, String eventType, String recipientKind, String recipientId,
        String recipientName, String ticketId, String communityCode, boolean urgent, String message,
        OffsetDateTime createdAt, List<DeliveryView> deliveries) {

    static NotificationView of(Notification notification, List<DeliveryView> deliveries) {
        return new NotificationView(notification.id.toString(), notification.eventType,
                notification.recipientKind.name(), notification.recipientId, notification.recipientName,
                notification.ticketId, notification.communityCode, notification.urgent, notification.message,
                notification.createdAt, deliveries);
    }
}
