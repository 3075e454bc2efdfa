package city.hotline.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One event in CloudEvents 1.0 form: the context attributes and the JSON data.
 *
 * @param id      unique per event; consumers use it to apply each event once
 * @param source  the service that emitted the event, e.g. {@code /hotline-intake}
 * @param type    the logical {@link EventType} name
 * @param time    when the change the event reports happened
 * @param subject the entity the event is about, e.g. a ticket id
 * @param data    the payload as JSON ({@code datacontenttype} is always {@code application/json})
 */
public record CloudEvent(String id, String source, String type, OffsetDateTime time, String subject, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    /** A new event with a fresh id, stamped now. */
    public static <T> CloudEvent of(EventType<T> type, String source, String subject, T payload) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type.name(),
                OffsetDateTime.now(ZoneOffset.UTC), subject, EventJson.write(payload));
    }

    /**
     * The payload read as the record of the given type.
     *
     * @throws MalformedEventException when the event is of another type or its data does not fit
     */
    public <T> T payload(EventType<T> expected) {
        if (!expected.name().equals(type)) {
            throw new MalformedEventException("event " + id + " is a " + type + ", not a " + expected.name());
        }
        return EventJson.read(data, expected.payloadType());
    }
}
