package city.hotline.notification.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.notification.domain.GatewayMessage;
import city.hotline.notification.repository.GatewayMessageRepository;

/**
 * What the built-in stand-in for the SMS and WeChat gateways has received, oldest first: the last
 * thousand messages, in a table so they outlive a restart of the service. The local stack points the
 * gateways here, so a developer reads what would have reached phones without an SMS contract.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GatewaySink {

    public static final int KEPT = 1000;

    /** One message as the gateway received it. */
    public record Received(String channel, String to, String text, String reference, OffsetDateTime receivedAt) {

        static Received of(GatewayMessage message) {
            return new Received(message.channel, message.recipient, message.text, message.reference,
                    message.receivedAt);
        }
    }

    private final GatewayMessageRepository messages;
    private final Clock clock;

    GatewaySink(GatewayMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public Received take(String channel, String to, String text, String reference) {
        GatewayMessage message = new GatewayMessage();
        message.channel = channel;
        message.recipient = to;
        message.text = text;
        message.reference = reference;
        message.receivedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        messages.persist(message);
        messages.flush();
        messages.keepNewest(KEPT);
        return Received.of(message);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Received> of(String channel) {
        return messages.taken(channel).stream().map(Received::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Received> all() {
        return messages.taken(null).stream().map(Received::of).toList();
    }
}
