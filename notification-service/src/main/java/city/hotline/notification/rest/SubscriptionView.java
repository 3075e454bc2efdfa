package city.hotline.notification.rest;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.hotline.notification.domain.Subscription;

/** A subscription; the secret only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, String communityCode, String url, String status, String secret,
        OffsetDateTime createdAt) {

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.id.toString(), subscription.communityCode, subscription.url,
                subscription.status.name(), null, subscription.createdAt);
    }

    static SubscriptionView created(Subscription subscription) {
        return new SubscriptionView(subscription.id.toString(), subscription.communityCode, subscription.url,
                subscription.status.name(), subscription.secret, subscription.createdAt);
    }
}
