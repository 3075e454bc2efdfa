package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A message to one recipient, caused by one event. */
@Entity
public class Notification {

    @Id
    public UUID id;

    /** The CloudEvent that caused it. */
    public String eventId;

    @Enumerated(EnumType.STRING)
    public RecipientKind recipientKind;

    public String recipientId;

    public String recipientName;

    /** How it reaches the recipient; IN_APP is the worker's ticket inbox. */
    public String channel;

    public String ticketId;

    public String communityCode;

    public String message;

    public OffsetDateTime createdAt;
}
