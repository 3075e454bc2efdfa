package city.hotline.notification.channel;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.Subscription;
import city.hotline.notification.repository.SubscriptionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** POSTs the CloudEvent, in structured JSON form, to the URL a community system subscribed, signed with its secret. */
@ApplicationScoped
public class WebhookChannel implements Channel {

    /** The media type of a CloudEvent in structured mode (CloudEvents HTTP protocol binding). */
    public static final String CLOUDEVENT_JSON = "application/cloudevents+json; charset=UTF-8";

    private final SubscriptionRepository subscriptions;
    private final HttpPoster poster;

    WebhookChannel(SubscriptionRepository subscriptions, HttpPoster poster) {
        this.subscriptions = subscriptions;
        this.poster = poster;
    }

    @Override
    public DeliveryChannel kind() {
        return DeliveryChannel.WEBHOOK;
    }

    /** Events queued before a subscription was paused still go; once it is deleted, nothing does. */
    @Override
    public void send(Outgoing outgoing) {
        Subscription subscription = QuarkusTransaction.requiringNew().call(
                () -> subscriptions.findById(UUID.fromString(outgoing.recipientId())));
        if (subscription == null) {
            throw new DeliveryFailedException("the subscription was deleted", true);
        }
        poster.post(URI.create(outgoing.address()), outgoing.deliveryId(), CLOUDEVENT_JSON, outgoing.body(),
                Map.of(WebhookSignature.HEADER, WebhookSignature.of(subscription.secret, outgoing.body())));
    }
}
