package city.hotline.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import city.hotline.events.EventType;
import city.hotline.messaging.BatchConsumer;
import city.hotline.messaging.EventRouter;
import city.hotline.notification.service.CommunityForwarding;
import city.hotline.notification.service.TicketNotices;
import io.smallrye.common.annotation.Blocking;

/**
 * Tells people of each ticket step dispatch publishes, and pushes every step to the community's
 * webhooks. A new ticket event type needs a rule in {@link TicketNotices} and its templates.
 */
@ApplicationScoped
public class TicketEvents {

    private static final String CONSUMER = "ticket-events";

    private final BatchConsumer consumer;
    private final EventRouter notices;
    private final CommunityForwarding forwarding;

    TicketEvents(BatchConsumer consumer, TicketNotices notices, CommunityForwarding forwarding) {
        this.consumer = consumer;
        this.notices = EventRouter.on(EventType.TICKET_ASSIGNED, notices::assigned)
                .and(EventType.TICKET_ACCEPTED, notices::accepted)
                .and(EventType.TICKET_RESOLVED, notices::resolved)
                .and(EventType.TICKET_FOLLOWED_UP, notices::followedUp)
                .and(EventType.TICKET_ESCALATED, notices::escalated)
                .and(EventType.TICKET_WITHDRAWN, notices::withdrawn)
                .and(EventType.TICKET_HANDED_BACK, notices::handedBack)
                .and(EventType.TICKET_CLOSED, notices::closed);
        this.forwarding = forwarding;
    }

    @Incoming(CONSUMER)
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        consumer.consumeEach(CONSUMER, records, record -> event -> {
            notices.handle(event);
            // Events are keyed by community code.
            forwarding.forward(event, record.key());
        });
    }
}
