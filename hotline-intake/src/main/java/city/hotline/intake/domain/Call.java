package city.hotline.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/** 来电: one contact with the hotline, as the operator recorded it. */
@Entity
public class Call {

    @Id
    public UUID id;

    public String text;

    public String callerPhone;

    public String callerName;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public OffsetDateTime receivedAt;

    /** Null while nobody could tell which community the call is about. */
    public String communityCode;

    public String address;

    @Enumerated(EnumType.STRING)
    public CallType type;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Category category;

    public double confidence;

    /** The classifier was unsure, and no operator has corrected the classification yet. */
    public boolean needsReview;

    /** The ticket opened for the call, if it needs action. */
    public String ticketId;

    public OffsetDateTime createdAt;
}
