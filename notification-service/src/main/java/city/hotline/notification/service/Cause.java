package city.hotline.notification.service;

import java.util.UUID;

import city.hotline.events.CloudEvent;
import city.hotline.notification.domain.Broadcast;

/**
 * What makes the service tell someone something: an event of another service, or a broadcast.
 *
 * @param id   with the recipient, what a notification is unique by
 * @param type the CloudEvent type, or {@link #BROADCAST}; it names the message templates
 */
public record Cause(String id, String type, UUID broadcastId) {

    /** The template set of broadcasts. */
    public static final String BROADCAST = "broadcast";

    public static Cause of(CloudEvent event) {
        return new Cause(event.id(), event.type(), null);
    }

    public static Cause of(Broadcast broadcast) {
        return new Cause(broadcast.id.toString(), BROADCAST, broadcast.id);
    }
}
