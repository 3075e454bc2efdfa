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

/** An operator's correction of a call's classification: who, when, what it was and what it became. */
@Entity
public class ClassificationCorrection {

    @Id
    public UUID id;

    public UUID callId;

    public String operator;

    public OffsetDateTime correctedAt;

    @Enumerated(EnumType.STRING)
    public CallType typeBefore;

    @Enumerated(EnumType.STRING)
    public Urgency urgencyBefore;

    @Enumerated(EnumType.STRING)
    public Category categoryBefore;

    @Enumerated(EnumType.STRING)
    public CallType typeAfter;

    @Enumerated(EnumType.STRING)
    public Urgency urgencyAfter;

    @Enumerated(EnumType.STRING)
    public Category categoryAfter;

    /** The ticket the correction opened, because the call's new type needs action. */
    public String ticketOpened;

    /** The ticket the correction cancelled, because the call's new type needs none. */
    public String ticketCancelled;
}
