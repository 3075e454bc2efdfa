package city.hotline.notification.rest;

import java.time.OffsetDateTime;

import city.hotline.notification.domain.Delivery;

/** One channel's delivery of a notification, with its attempts. */
public record DeliveryView(String id, String notificationId, String channel, String address, String status,
        int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt,
        OffsetDateTime createdAt) {

    static DeliveryView of(Delivery delivery) {
        boolean open = switch (delivery.status) {
            case PENDING, HELD -> true;
            case SENT, FAILED, STANDBY, SKIPPED -> false;
        };
        return new DeliveryView(delivery.id.toString(), delivery.notificationId.toString(), delivery.channel.name(),
                delivery.address, delivery.status.name(), delivery.attempts, delivery.lastError,
                open ? delivery.nextAttemptAt : null, delivery.sentAt, delivery.createdAt);
    }
}
