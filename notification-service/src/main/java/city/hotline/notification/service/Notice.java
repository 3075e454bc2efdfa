package city.hotline.notification.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.RecipientKind;

/**
 * What one recipient must be told of an event, and by which channels: the input a rule hands to
 * the {@link Notifier}. New events (a ticket escalated, a resident registered with a preferred
 * channel) plug in by building notices and adding their templates; nothing else changes.
 *
 * @param model  the values the message templates of the event type use
 * @param routes    the channels, each with the address it needs; all of them are used, their fallbacks
 *                  only when they fail
 * @param notBefore not to be sent before this time (an escalation at night is told in the morning); null for now
 */
public record Notice(RecipientKind recipientKind, String recipientId, String recipientName, String ticketId,
        String communityCode, boolean urgent, Map<String, Object> model, List<Route> routes, Instant notBefore) {

    /** A notice to be sent now. */
    public Notice(RecipientKind recipientKind, String recipientId, String recipientName, String ticketId,
            String communityCode, boolean urgent, Map<String, Object> model, List<Route> routes) {
        this(recipientKind, recipientId, recipientName, ticketId, communityCode, urgent, model, routes, null);
    }

    /**
     * A channel and the address it reaches the recipient at.
     *
     * @param fallback the route to take if this one fails for good; null for none
     */
    public record Route(DeliveryChannel channel, String address, Route fallback) {

        public Route(DeliveryChannel channel, String address) {
            this(channel, address, null);
        }
    }
}
