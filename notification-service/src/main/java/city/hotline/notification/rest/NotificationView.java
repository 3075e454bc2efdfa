package city.hotline.notification.rest;

import java.time.OffsetDateTime;
import java.util.List;

import city.hotline.notification.domain.Notification;

/**
 * A notification as its recipient or an auditor sees it, with how each channel fared.
 *
 * @param notBefore when it may be told (its deliveries are held until then); null for at once
 */
public record NotificationView(String id, String eventType, String recipientKind, String recipientId,
        String recipientName, String ticketId, String communityCode, boolean urgent, String message,
        OffsetDateTime createdAt, OffsetDateTime notBefore, List<DeliveryView> deliveries) {

    static NotificationView of(Notification notification, List<DeliveryView> deliveries) {
        return new NotificationView(notification.id.toString(), notification.eventType,
                notification.recipientKind.name(), notification.recipientId, notification.recipientName,
                notification.ticketId, notification.communityCode, notification.urgent, notification.message,
                notification.createdAt, notification.notBefore, deliveries);
    }
}
