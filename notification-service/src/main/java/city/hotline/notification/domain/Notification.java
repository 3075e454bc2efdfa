package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import city.hotline.personaldata.PersonalDataConverter;

/** What one recipient must know because of one event; its {@link Delivery deliveries} carry it. */
@Entity
public class Notification {

    @Id
    public UUID id;

    /** What caused it: a CloudEvent id, or a broadcast id. */
    public String eventId;

    /** The CloudEvent type, or {@code broadcast}: it picks the message templates. */
    public String eventType;

    /** The broadcast it is part of, if any. */
    public UUID broadcastId;

    @Enumerated(EnumType.STRING)
    public RecipientKind recipientKind;

    /** A worker id, a subscription id for a community system; later a resident id. */
    public String recipientId;

    @Convert(converter = PersonalDataConverter.class)
    public String recipientName;

    public String ticketId;

    public String communityCode;

    /** Urgent notifications are sent at once, quiet hours or not. */
    public boolean urgent;

    /** The message as the recipient reads it in the app; each channel has its own wording. */
    @Convert(converter = PersonalDataConverter.class)
    public String message;

    public OffsetDateTime createdAt;

    /** Not to be told before this time (an escalation at night waits for the morning); null for at once. */
    public OffsetDateTime notBefore;
}
