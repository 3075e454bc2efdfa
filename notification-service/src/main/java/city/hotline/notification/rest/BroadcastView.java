package city.hotline.notification.rest;

import java.time.OffsetDateTime;
import java.util.Map;

import city.hotline.notification.domain.Broadcast;

/**
 * A broadcast and how far it has got.
 *
 * @param recipients how many were told (after removing duplicates); null until the fan-out
 * @param deliveries counts by channel, then by status, e.g. {@code {"SMS": {"SENT": 1480, "PENDING": 20}}}
 * @param controlZoneId the control zone whose residents it was for, if any
 */
public record BroadcastView(String id, String communityCode, String message, String audience, String channel,
        boolean urgent, OffsetDateTime sendAt, String status, Integer recipients, OffsetDateTime fannedOutAt,
        Map<String, Map<String, Long>> deliveries, String controlZoneId) {

    static BroadcastView of(Broadcast broadcast, Map<String, Map<String, Long>> deliveries) {
        return new BroadcastView(broadcast.id.toString(), broadcast.communityCode, broadcast.message,
                broadcast.audience.name(), broadcast.channel.name(), broadcast.urgent, broadcast.sendAt,
                broadcast.status.name(), broadcast.recipientCount, broadcast.fannedOutAt, deliveries,
                broadcast.targetZoneId);
    }
}
