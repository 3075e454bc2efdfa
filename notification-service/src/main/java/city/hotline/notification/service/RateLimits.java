package city.hotline.notification.service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.DeliveryChannel;

/** Per channel, how many deliveries this replica may hand over per second (what gateways and receivers allow). */
@ApplicationScoped
public class RateLimits {

    private final Map<DeliveryChannel, TokenBucket> buckets = new EnumMap<>(DeliveryChannel.class);

    RateLimits(NotificationConfig config, Clock clock) {
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            Integer perSecond = config.ratePerSecond().get(channel.name().toLowerCase(Locale.ROOT));
            if (perSecond != null) {
                buckets.put(channel, new TokenBucket(perSecond, clock));
            }
        }
    }

    /** Whether one more delivery may go on the channel now; if so, it is counted. */
    public boolean tryTake(DeliveryChannel channel) {
        TokenBucket bucket = buckets.get(channel);
        return bucket == null || bucket.tryTake();
    }
}
