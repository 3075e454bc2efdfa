package city.hotline.messaging;

import city.hotline.events.CloudEvent;

/** What a consumer does with one event, inside the transaction that records it as applied. */
@FunctionalInterface
public interface EventHandler {

    void handle(CloudEvent event);

    /**
     * Whether events of this type do anything here. One a handler does not want is passed over
     * without a transaction: applying it would change nothing, so neither would a redelivery.
     */
    default boolean wants(String eventType) {
        return true;
    }
}
