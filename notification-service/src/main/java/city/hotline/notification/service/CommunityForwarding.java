package city.hotline.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.events.CloudEvent;
import city.hotline.notification.domain.Subscription;

/**
 * Pushes every ticket event, and every suggestion, to the webhooks its community's systems
 * subscribed, so a community system gets what its dispatch topic carries without running a Kafka
 * client. Any ticket event type is forwarded as it is, including types this service has no rule for yet.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommunityForwarding {

    private final Subscriptions subscriptions;
    private final Notifier notifier;

    CommunityForwarding(Subscriptions subscriptions, Notifier notifier) {
        this.subscriptions = subscriptions;
        this.notifier = notifier;
    }

    /**
     * @param communityCode the community the event is about (its Kafka key); none, nothing to forward
     */
    public void forward(CloudEvent event, String communityCode) {
        if (communityCode == null) {
            return;
        }
        // A ticket event's subject is its ticket; a suggestion's is its call, which has no ticket.
        String ticketId = event.type().startsWith("hotline.ticket.") ? event.subject() : null;
        for (Subscription subscription : subscriptions.activeOf(communityCode)) {
            notifier.forward(event, subscription, ticketId);
        }
    }
}
