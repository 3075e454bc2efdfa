package city.hotline.dispatch.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/** 工单: a call that needs action, owned by a community and handled by one of its workers. */
@Entity
public class Ticket {

    /** The number intake gave it, e.g. BJ20221205-000123. */
    @Id
    public String id;

    public UUID callId;

    public String communityCode;

    @Enumerated(EnumType.STRING)
    public CallType type;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Enumerated(EnumType.STRING)
    public Category category;

    public String summary;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    public UUID assigneeId;

    public String assigneeName;

    public OffsetDateTime openedAt;

    public OffsetDateTime acceptBy;

    public OffsetDateTime resolveBy;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<TicketStep> history = new ArrayList<>();

    public void record(String action, String note, OffsetDateTime at) {
        TicketStep step = new TicketStep();
        step.ticket = this;
        step.action = action;
        step.note = note;
        step.at = at;
        history.add(step);
    }
}
