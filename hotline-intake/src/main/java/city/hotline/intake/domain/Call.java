package city.hotline.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.Formula;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.personaldata.PersonalDataConverter;

/** 来电: one contact with the hotline, as the operator recorded it. */
@Entity
public class Call {

    @Id
    public UUID id;

    /**
     * The citizen's words, stored encrypted: they often name people, addresses and illnesses. Read whole
     * (classifying, placing, praise, tickets), never queried by value.
     */
    @Convert(converter = PersonalDataConverter.class)
    public String text;

    /** Stored encrypted, like the name: needed to call back (回访), never queried by value. */
    @Convert(converter = PersonalDataConverter.class)
    public String callerPhone;

    @Convert(converter = PersonalDataConverter.class)
    public String callerName;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public OffsetDateTime receivedAt;

    /** Null while nobody could tell which community the call is about. */
    public String communityCode;

    public String address;

    /** The caller's building as {@code compound/building}, when known. */
    public String building;

    @Enumerated(EnumType.STRING)
    public CallType type;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Category category;

    public double confidence;

    /** The classifier was unsure, and no operator has corrected the classification yet. */
    public boolean needsReview;

    /** The ticket the call is about, if it needs action: opened for it, or one it was linked to. */
    public String ticketId;

    /** The call was about the same matter as an open ticket and joined it instead of opening one. */
    public boolean linkedToTicket;

    /** Where the call's ticket stands, from intake's {@code ticket}; null without a ticket. */
    @Formula("(SELECT t.status FROM ticket t WHERE t.ticket_id = ticket_id)")
    public String ticketStatus;

    /** How many callers raised the call's ticket; read from the ticket, or set when it changes. */
    @Formula("(SELECT t.callers FROM ticket t WHERE t.ticket_id = ticket_id)")
    public Integer ticketCallers;

    public OffsetDateTime createdAt;

    /** The policy answer the caller was given on the call, for a consultation one fitted. */
    public UUID answerId;

    /** The answer's text as the caller was told it: the knowledge base may change later. */
    public String answerText;

    /** For praise naming one of the community's workers, the worker credited (see {@code praise}). */
    @Formula("(SELECT p.worker_id FROM praise p WHERE p.call_id = id)")
    public String praisedWorkerId;

    @Formula("(SELECT p.worker_name FROM praise p WHERE p.call_id = id)")
    public String praisedWorkerName;

    /** Complaints and requests need someone to act; so does a consultation no policy answer fitted. */
    public boolean needsTicket() {
        return type.opensTicket() || type == CallType.CONSULTATION && answerId == null;
    }
}
