package city.hotline.dispatch.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EscalationLevel;
import city.hotline.events.Satisfaction;
import city.hotline.events.Urgency;
import city.hotline.personaldata.PersonalDataConverter;

/** 工单: a call that needs action, owned by a community and handled by one of its workers. */
@Entity
public class Ticket {

    /** The number intake gave it, e.g. BJ20221205-000123. */
    @Id
    public String id;

    /** Two workers changing the same ticket at once: the second one's change is refused. */
    @Version
    public long version;

    public UUID callId;

    public String communityCode;

    /** The caller's building as {@code compound/building}, when intake knows it. */
    public String building;

    @Enumerated(EnumType.STRING)
    public CallType type;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    /**
     * 绿色通道: urgent, from a building under a control zone, or from a caller on the special-needs
     * list; goes first and pages the duty lead.
     */
    public boolean greenChannel;

    @Enumerated(EnumType.STRING)
    public Category category;

    /** The caller's words as intake took them, stored encrypted: they often name people and illnesses. */
    @Convert(converter = PersonalDataConverter.class)
    public String summary;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    public UUID assigneeId;

    @Convert(converter = PersonalDataConverter.class)
    public String assigneeName;

    public OffsetDateTime openedAt;

    public OffsetDateTime acceptBy;

    public OffsetDateTime resolveBy;

    public OffsetDateTime acceptedAt;

    public OffsetDateTime resolvedAt;

    public String result;

    /** 回访: whether the caller said it is solved, and how satisfied they were. */
    public Boolean solved;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    public OffsetDateTime closedAt;

    public int reopenCount;

    /** 办理复杂: marked complex, so its resolve-by is the policy's longer one; once per ticket. */
    public boolean complex;

    /** The highest level the ticket has been escalated to for being late; null while on time. */
    @Enumerated(EnumType.STRING)
    public EscalationLevel escalationLevel;

    /** When the ticket is escalated to the next level if still not resolved; null after the district. */
    public OffsetDateTime escalateAt;

    /** The stored timer: when the deadline watch must next look at this ticket. */
    public OffsetDateTime nextDueAt;

    @ElementCollection
    @CollectionTable(name = "ticket_passed_over", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "worker_id")
    public Set<UUID> passedOver = new HashSet<>();

    /**
     * In the order the steps were taken: by time, and the steps of one transaction, which share their time, by id,
     * drawn in the order they were recorded from the one replica's block.
     */
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    @BatchSize(size = 50)
    public List<TicketStep> history = new ArrayList<>();

    public void record(String action, String note, OffsetDateTime at) {
        TicketStep step = new TicketStep();
        step.ticket = this;
        step.action = action;
        step.note = note;
        step.at = at;
        history.add(step);
    }

    /** When the resolve-by now running started: the opening, or the last reopening. */
    public OffsetDateTime resolveWindowOpenedAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("REOPENED".equals(history.get(i).action)) {
                return history.get(i).at;
            }
        }
        return openedAt;
    }

    public boolean isAssignedTo(UUID workerId) {
        return workerId.equals(assigneeId);
    }

    /** Keeps the stored timer on the earliest deadline still running, whatever changed the ticket. */
    @PrePersist
    @PreUpdate
    public void setTimer() {
        OffsetDateTime acceptDue = status.awaitsAcceptance() ? acceptBy : null;
        OffsetDateTime escalationDue = status.isPending() ? escalateAt : null;
        nextDueAt = acceptDue == null ? escalationDue
                : escalationDue == null || acceptDue.isBefore(escalationDue) ? acceptDue : escalationDue;
    }
}
