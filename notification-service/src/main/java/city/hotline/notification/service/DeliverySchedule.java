package city.hotline.notification.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryStatus;

/**
 * When a delivery may go: now, or at the time its notice names, and after the quiet hours if it would
 * wake someone for nothing urgent.
 */
@ApplicationScoped
public class DeliverySchedule {

    private final QuietHours quietHours;

    DeliverySchedule(NotificationConfig config) {
        NotificationConfig.QuietHours quiet = config.quietHours();
        this.quietHours = new QuietHours(quiet.start(), quiet.end(), quiet.zone());
    }

    /** The end of the hold on this delivery at {@code now}, if it must wait. */
    public Optional<Instant> heldUntil(Delivery delivery, boolean urgent, Instant now) {
        return urgent || !delivery.channel.wakesPeople() ? Optional.empty() : quietHours.endOf(now);
    }

    /** Puts a delivery due at {@code now}, or held till morning. */
    public void due(Delivery delivery, boolean urgent, Instant now) {
        due(delivery, urgent, now, null);
    }

    /**
     * Puts a delivery due at {@code now}, or held until {@code notBefore} if that is later, and then
     * till morning if that falls in the quiet hours.
     *
     * @param notBefore null for no such time
     */
    public void due(Delivery delivery, boolean urgent, Instant now, Instant notBefore) {
        Instant from = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        Instant at = heldUntil(delivery, urgent, from).orElse(from);
        delivery.status = at.isAfter(now) ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
        delivery.nextAttemptAt = at.atOffset(ZoneOffset.UTC);
    }
}
