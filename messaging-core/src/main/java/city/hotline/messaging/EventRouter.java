package city.hotline.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;

/**
 * Hands each event to the handler of its type. A topic carries several event types; those a
 * consumer has no handler for are none of its business and are passed over, without a transaction
 * or a record of them: most of a busy topic's events are of types a given consumer ignores.
 */
public final class EventRouter implements EventHandler {

    private final Map<String, EventHandler> byType = new HashMap<>();

    private EventRouter() {
    }

    /** A router with a handler for the payload of one event type. */
    public static <T> EventRouter on(EventType<T> type, Consumer<T> handler) {
        return new EventRouter().and(type, handler);
    }

    /** A router with a handler that also needs the event's attributes (its id, its time). */
    public static <T> EventRouter on(EventType<T> type, BiConsumer<CloudEvent, T> handler) {
        return new EventRouter().and(type, handler);
    }

    public <T> EventRouter and(EventType<T> type, Consumer<T> handler) {
        return and(type, (event, payload) -> handler.accept(payload));
    }

    public <T> EventRouter and(EventType<T> type, BiConsumer<CloudEvent, T> handler) {
        byType.put(type.name(), event -> handler.accept(event, event.payload(type)));
        return this;
    }

    @Override
    public boolean wants(String eventType) {
        return byType.containsKey(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        EventHandler handler = byType.get(event.type());
        if (handler != null) {
            handler.handle(event);
        }
    }
}
