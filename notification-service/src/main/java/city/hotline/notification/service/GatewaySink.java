package city.hotline.notification.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import city.hotline.database.TransactionEnds;
import city.hotline.notification.domain.GatewayMessage;
import city.hotline.notification.repository.GatewayMessageRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * What the built-in stand-in for the SMS and WeChat gateways has received, oldest first: the last
 * thousand messages, in a table so they outlive a restart of the service. The local stack points the
 * gateways here, so a developer reads what would have reached phones without an SMS contract.
 *
 * <p>Taking a message only inserts it; the older ones are forgotten by {@link #prune()}, on a schedule, not by
 * every sender: concurrent senders each deleting the rows below their own newest id locked overlapping rows in
 * the orders of their own plans and deadlocked, and the refused messages were sent again.
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
    private final TransactionSynchronizationRegistry transactions;
    /** Whether a message was taken since the last prune: where real gateways are used, nothing is pruned. */
    private final AtomicBoolean taken = new AtomicBoolean();

    GatewaySink(GatewayMessageRepository messages, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.messages = messages;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Received take(String channel, String to, String text, String reference) {
        GatewayMessage message = new GatewayMessage();
        message.channel = channel;
        message.recipient = to;
        message.text = text;
        message.reference = reference;
        message.receivedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        messages.persist(message);
        // Counted once committed: a prune that started before would not see it, and must not clear the count.
        TransactionEnds.afterCommit(transactions, () -> taken.set(true));
        return Received.of(message);
    }

    /**
     * Forgets all but the last {@link #KEPT} messages, if this replica took any since it last looked; never waits on
     * a message another transaction holds (see {@link GatewayMessageRepository#forgetAllButNewest}).
     */
    @Scheduled(every = "${hotline.notification.gateway-sink.prune-every:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        if (taken.getAndSet(false)) {
            messages.forgetAllButNewest(KEPT);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Received> of(String channel) {
        return messages.taken(channel, KEPT).stream().map(Received::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Received> all() {
        return messages.taken(null, KEPT).stream().map(Received::of).toList();
    }
}
