package city.hotline.events;

import java.util.Comparator;
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

    public static final EventType<WorkerRemoved> WORKER_REMOVED =
            new EventType<>("hotline.registry.worker.removed", WorkerRemoved.class, Topics.REGISTRY, false);

    public static final EventType<ResidentRegistered> RESIDENT_REGISTERED =
            new EventType<>("hotline.registry.resident.registered", ResidentRegistered.class, Topics.REGISTRY, false);

    public static final EventType<ResidentRemoved> RESIDENT_REMOVED =
            new EventType<>("hotline.registry.resident.removed", ResidentRemoved.class, Topics.REGISTRY, false);

    public static final EventType<ControlZoneRegistered> CONTROL_ZONE_REGISTERED =
            new EventType<>("hotline.registry.control-zone.registered", ControlZoneRegistered.class, Topics.REGISTRY,
                    false);

    public static final EventType<ControlZoneRemoved> CONTROL_ZONE_REMOVED =
            new EventType<>("hotline.registry.control-zone.removed", ControlZoneRemoved.class, Topics.REGISTRY, false);

    public static final EventType<ServiceDirectoryPublished> SERVICE_DIRECTORY_PUBLISHED =
            new EventType<>("hotline.registry.service-directory.published", ServiceDirectoryPublished.class,
                    Topics.REGISTRY, false);

    public static final EventType<CallReceived> CALL_RECEIVED =
            new EventType<>("hotline.call.received", CallReceived.class, Topics.CALLS, false);

    public static final EventType<CallReclassified> CALL_RECLASSIFIED =
            new EventType<>("hotline.call.reclassified", CallReclassified.class, Topics.CALLS, false);

    public static final EventType<CallPlaced> CALL_PLACED =
            new EventType<>("hotline.call.placed", CallPlaced.class, Topics.CALLS, false);

    public static final EventType<TicketOpened> TICKET_OPENED =
            new EventType<>("hotline.ticket.opened", TicketOpened.class, Topics.CALLS, false);

    public static final EventType<TicketCancelled> TICKET_CANCELLED =
            new EventType<>("hotline.ticket.cancelled", TicketCancelled.class, Topics.CALLS, false);

    public static final EventType<TicketCallerAdded> TICKET_CALLER_ADDED =
            new EventType<>("hotline.ticket.caller-added", TicketCallerAdded.class, Topics.CALLERS, false);

    public static final EventType<SuggestionReceived> SUGGESTION_RECEIVED =
            new EventType<>("hotline.call.suggestion-received", SuggestionReceived.class, Topics.CALLS, true);

    public static final EventType<TicketAssigned> TICKET_ASSIGNED =
            new EventType<>("hotline.ticket.assigned", TicketAssigned.class, Topics.TICKETS, true);

    public static final EventType<TicketAccepted> TICKET_ACCEPTED =
            new EventType<>("hotline.ticket.accepted", TicketAccepted.class, Topics.TICKETS, true);

    public static final EventType<TicketProgressed> TICKET_PROGRESSED =
            new EventType<>("hotline.ticket.progressed", TicketProgressed.class, Topics.TICKETS, true);

    public static final EventType<HelpRequested> HELP_REQUESTED =
            new EventType<>("hotline.ticket.help-requested", HelpRequested.class, Topics.TICKETS, true);

    public static final EventType<TicketHandedBack> TICKET_HANDED_BACK =
            new EventType<>("hotline.ticket.handed-back", TicketHandedBack.class, Topics.TICKETS, true);

    public static final EventType<TicketResolved> TICKET_RESOLVED =
            new EventType<>("hotline.ticket.resolved", TicketResolved.class, Topics.TICKETS, true);

    public static final EventType<TicketEscalated> TICKET_ESCALATED =
            new EventType<>("hotline.ticket.escalated", TicketEscalated.class, Topics.TICKETS, true);

    public static final EventType<TicketFollowedUp> TICKET_FOLLOWED_UP =
            new EventType<>("hotline.ticket.followed-up", TicketFollowedUp.class, Topics.TICKETS, true);

    public static final EventType<TicketReopened> TICKET_REOPENED =
            new EventType<>("hotline.ticket.reopened", TicketReopened.class, Topics.TICKETS, true);

    public static final EventType<TicketClosed> TICKET_CLOSED =
            new EventType<>("hotline.ticket.closed", TicketClosed.class, Topics.TICKETS, true);

    public static final EventType<DutyLeadPaged> DUTY_LEAD_PAGED =
            new EventType<>("hotline.ticket.duty-lead-paged", DutyLeadPaged.class, Topics.TICKETS, true);

    public static final EventType<TicketMarkedComplex> TICKET_MARKED_COMPLEX =
            new EventType<>("hotline.ticket.marked-complex", TicketMarkedComplex.class, Topics.TICKETS, true);

    public static final EventType<TicketWithdrawn> TICKET_WITHDRAWN =
            new EventType<>("hotline.ticket.withdrawn", TicketWithdrawn.class, Topics.TICKETS, true);

    private static final Map<String, EventType<?>> BY_NAME = Stream.of(
                    COMMUNITY_REGISTERED, WORKER_REGISTERED, WORKER_REMOVED, RESIDENT_REGISTERED, RESIDENT_REMOVED,
                    CONTROL_ZONE_REGISTERED, CONTROL_ZONE_REMOVED, SERVICE_DIRECTORY_PUBLISHED,
                    CALL_RECEIVED, CALL_RECLASSIFIED, CALL_PLACED, TICKET_OPENED, TICKET_CANCELLED, TICKET_ASSIGNED,
                    TICKET_ACCEPTED, TICKET_PROGRESSED, HELP_REQUESTED, TICKET_HANDED_BACK, TICKET_RESOLVED,
                    TICKET_ESCALATED, TICKET_FOLLOWED_UP, TICKET_REOPENED, TICKET_CLOSED, DUTY_LEAD_PAGED,
                    TICKET_MARKED_COMPLEX, TICKET_CALLER_ADDED, SUGGESTION_RECEIVED, TICKET_WITHDRAWN)
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    /** Every event type this version of the contract knows, in the order of their names. */
    public static List<EventType<?>> all() {
        return BY_NAME.values().stream().sorted(Comparator.comparing(EventType::name)).toList();
    }

    /** The event type of a logical name read off the wire, if this version of the contract knows it. */
    public static Optional<EventType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The topics an event of this type about the given community is published to. */
    public List<String> topicsFor(String communityCode) {
        return dispatched ? List.of(topic, Topics.dispatch(communityCode)) : List.of(topic);
    }
}
