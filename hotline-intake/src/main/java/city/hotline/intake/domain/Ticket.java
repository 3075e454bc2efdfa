package city.hotline.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import city.hotline.events.Category;

/** 工单 as intake knows it: the matter it is about, whether it is open, and how many callers raised it. */
@Entity
public class Ticket {

    @Id
    public String ticketId;

    /** The call that opened it. */
    public UUID callId;

    public String communityCode;

    /** As {@code compound/building}; null when the caller's building was not known. */
    public String building;

    @Enumerated(EnumType.STRING)
    public Category category;

    public OffsetDateTime openedAt;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    /** The callers who raised it: the one who opened it and those linked to it. */
    public int callers;
}
