package city.hotline.notification.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryStatus;

/** When a delivery may go: now, or after the quiet hours if it would wake someone for nothing urgent. */
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
        Optional<Instant> hold = heldUntil(delivery, urgent, now);
        delivery.status = hold.isPresent() ? DeliveryStatus.HELD : DeliveryStatus.PENDING;
        delivery.nextAttemptAt = hold.orElse(now).atOffset(ZoneOffset.UTC);
    }
}
