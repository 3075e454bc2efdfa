package city.hotline.messaging;

import city.hotline.events.CloudEvent;

/** What a consumer does with one event, inside the transaction that records it as applied. */
@FunctionalInterface
public interface EventHandler {

    void handle(CloudEvent event);
}
