package city.hotline.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.DeliveryChannel;

/** The worker's inbox is the notification record itself, served by the API: there is nothing to transmit. */
@ApplicationScoped
public class InAppChannel implements Channel {

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.IN_APP;
    }

    @Override
    public void send(Outgoing outgoing) {
        // Recorded when the notification was; the app reads it from GET /api/notifications.
    }
}
