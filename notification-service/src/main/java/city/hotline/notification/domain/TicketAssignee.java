package city.hotline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The worker an open ticket is assigned to, from dispatch's events: they hear of its escalation. */
@Entity
public class TicketAssignee {

    @Id
    public String ticketId;

    public String communityCode;

    public String workerId;

    public String workerName;
}
