package city.hotline.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import city.hotline.personaldata.PersonalDataConverter;

/** The worker an open ticket is assigned to, from dispatch's events: they hear of its escalation. */
@Entity
public class TicketAssignee {

    @Id
    public String ticketId;

    public String communityCode;

    public String workerId;

    @Convert(converter = PersonalDataConverter.class)
    public String workerName;
}
