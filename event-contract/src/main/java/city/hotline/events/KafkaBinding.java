package city.hotline.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents Kafka protocol binding in binary content mode: attributes travel as
 * {@code ce_*} headers and the record value is the data itself, so the official CloudEvents SDKs
 * and plain Kafka clients both read our events.
 */
public final class KafkaBinding {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String SOURCE = "ce_source";
    static final String TYPE = "ce_type";
    static final String TIME = "ce_time";
    static final String SUBJECT = "ce_subject";
    static final String CONTENT_TYPE = "content-type";

    private KafkaBinding() {
    }

    /** The headers that carry an event's attributes. */
    public static Headers headers(CloudEvent event) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, CloudEvent.SPEC_VERSION);
        add(headers, ID, event.id());
        add(headers, SOURCE, event.source());
        add(headers, TYPE, event.type());
        add(headers, TIME, event.time().toString());
        if (event.subject() != null) {
            add(headers, SUBJECT, event.subject());
        }
        add(headers, CONTENT_TYPE, CloudEvent.DATA_CONTENT_TYPE);
        return headers;
    }

    /**
     * The event a record carries.
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable
     */
    public static CloudEvent read(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, SPEC_VERSION);
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents spec version " + specVersion);
        }
        OffsetDateTime time;
        try {
            time = Rfc3339.parse(required(headers, TIME));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 timestamp", e);
        }
        return new CloudEvent(required(headers, ID), required(headers, SOURCE), required(headers, TYPE), time,
                optional(headers, SUBJECT), record.value());
    }

    /** The attribute names this binding writes, for documentation and checks. */
    public static List<String> attributeHeaders() {
        return List.of(SPEC_VERSION, ID, SOURCE, TYPE, TIME, SUBJECT, CONTENT_TYPE);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("record has no " + name + " header: not a CloudEvent");
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
