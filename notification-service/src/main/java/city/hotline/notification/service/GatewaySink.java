package city.hotline.notification.rest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the built-in stand-in for the SMS and WeChat gateways has received, newest last: the last
 * thousand messages in memory. The local stack points the gateways here, so a developer reads what
 * would have reached phones without an SMS contract.
 */
@ApplicationScoped
public class GatewaySink {

    static final int KEPT = 1000;

    /** One message as the gateway received it. */
    public record Received(String channel, String to, String text, String reference, OffsetDateTime receivedAt) {
    }

    private final Deque<Received> received = new ArrayDeque<>();
    private final Clock clock;

    GatewaySink(Clock clock) {
        this.clock = clock;
    }

    synchronized Received take(String channel, String to, String text, String reference) {
        Received message = new Received(channel, to, text, reference, OffsetDateTime.now(clock));
        received.addLast(message);
        if (received.size() > KEPT) {
            received.removeFirst();
        }
        return message;
    }

    synchronized List<Received> of(String channel) {
        return received.stream().filter(message -> message.channel().equals(channel)).toList();
    }

    synchronized List<Received> all() {
        return new ArrayList<>(received);
    }
}
