package city.hotline.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kind of event: its logical name on the wire (the CloudEvent {@code type}), the Java record of
 * its payload and the topics it is published to. Class names never travel on the wire.
 *
 * @param name        logical type name, e.g. {@code hotline.call.received}
 * @param payloadType the record carried as the event's data
 * @param topic       the shared topic the event goes to
 * @param dispatched  whether the event is also published to its community's dispatch topic
 * @param <T>         the payload type
 */
public record EventType<T>(String name, Class<T> payloadType, String topic, boolean dispatched) {

    public static final EventType<CommunityRegistered> COMMUNITY_REGISTERED =
            new EventType<>("hotline.registry.community.registered", CommunityRegistered.class, Topics.REGISTRY, false);

    public static final EventType<WorkerRegistered> WORKER_REGISTERED =
            new EventType<>("hotline.registry.worker.registered", WorkerRegistered.class, Topics.REGISTRY, false);

    public static final EventType<CallReceived> CALL_RECEIVED =
            new EventType<>("hotline.call.received", CallReceived.class, Topics.CALLS, false);

    public static final EventType<CallReclassified> CALL_RECLASSIFIED =
            new EventType<>("hotline.call.reclassified", CallReclassified.class, Topics.CALLS, false);

    public static final EventType<TicketOpened> TICKET_OPENED =
            new EventType<>("hotline.ticket.opened", TicketOpened.class, Topics.CALLS, false);

    public static final EventType<TicketAssigned> TICKET_ASSIGNED =
            new EventType<>("hotline.ticket.assigned", TicketAssigned.class, Topics.TICKETS, true);

    private static final Map<String, EventType<?>> BY_NAME = Stream.of(
                    COMMUNITY_REGISTERED, WORKER_REGISTERED, CALL_RECEIVED, CALL_RECLASSIFIED, TICKET_OPENED,
                    TICKET_ASSIGNED)
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    /** The event type of a logical name read off the wire, if this version of the contract knows it. */
    public static Optional<EventType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The topics an event of this type about the given community is published to. */
    public List<String> topicsFor(String communityCode) {
        return dispatched ? List.of(topic, Topics.dispatch(communityCode)) : List.of(topic);
    }
}
