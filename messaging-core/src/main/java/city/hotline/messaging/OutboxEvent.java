package city.hotline.messaging;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.hotline.events.CloudEvent;

/** One event waiting in the outbox to be published to one topic. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** Publication order: the relay sends events in the order they were written. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    /** The Kafka key: the community code, so one community's events stay in order. */
    @Column(name = "message_key")
    public String messageKey;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(nullable = false)
    public OffsetDateTime time;

    @Column(nullable = false)
    public String data;

    static OutboxEvent of(CloudEvent event, String topic, String key) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.messageKey = key;
        row.type = event.type();
        row.source = event.source();
        row.subject = event.subject();
        row.time = event.time();
        row.data = event.data();
        return row;
    }

    CloudEvent toCloudEvent() {
        return new CloudEvent(eventId, source, type, time, subject, data);
    }
}
