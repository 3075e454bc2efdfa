package city.hotline.notification.channel;

import java.util.UUID;

import city.hotline.notification.domain.DeliveryChannel;

/**
 * A claimed delivery as a channel needs it, detached from the database.
 *
 * @param deliveryId  also sent to receivers as the idempotency key, so a retried POST can be recognised
 * @param address     the phone number, URL, worker id or building the delivery goes to
 * @param recipientId the recipient's id: a worker id, a subscription id
 */
public record Outgoing(UUID deliveryId, DeliveryChannel channel, String address, String body, String recipientId,
        String recipientName, String communityCode) {
}
