package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.DynamicUpdate;

import city.hotline.personaldata.PersonalDataConverter;

/**
 * One notification through one channel, with every attempt counted. Its status changes at each claim and each
 * outcome: {@code @DynamicUpdate} writes only what changed, and does not encrypt the unchanged address and body
 * again each time.
 */
@Entity
@DynamicUpdate
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
