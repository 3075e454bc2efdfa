package city.hotline.notification.channel;

import city.hotline.notification.domain.DeliveryChannel;

/**
 * One way of reaching people. The sender calls it outside any transaction with the delivery it has
 * claimed; returning means the channel took the message, throwing means it did not.
 */
public interface Channel {

    DeliveryChannel kind();

    /** @throws DeliveryFailedException when the message was not taken; its {@code permanent} flag says whether to retry */
    void send(Outgoing outgoing);
}
