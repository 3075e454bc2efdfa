package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import city.hotline.personaldata.PersonalDataConverter;

/** One notification through one channel, with every attempt counted. */
@Entity
public class Delivery {

    @Id
    public UUID id;

    public UUID notificationId;

    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;

    /** A phone number, a webhook URL, a worker id, a building: what the channel needs to reach the recipient. */
    @Convert(converter = PersonalDataConverter.class)
    public String address;

    /** What is sent: the channel's wording of the message, or the CloudEvent JSON for a webhook. */
    @Convert(converter = PersonalDataConverter.class)
    public String body;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    public String lastError;

    /** When the sender takes it up next; also the end of a claim while an attempt is in flight. */
    public OffsetDateTime nextAttemptAt;

    public OffsetDateTime sentAt;

    /** For a fallback: the delivery it stands behind. */
    public UUID fallbackFor;

    public OffsetDateTime createdAt;
}
