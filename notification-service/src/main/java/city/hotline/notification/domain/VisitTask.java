package city.hotline.notification.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import city.hotline.personaldata.PersonalDataConverter;

/** 上门: a door visit the worker of a building owes a household to pass a message on in person. */
@Entity
public class VisitTask {

    /** Open until the worker reports the visit made. */
    public static final String OPEN = "OPEN";

    @Id
    public UUID id;

    /** The door-visit delivery the task carries out; one task per delivery. */
    public UUID deliveryId;

    public UUID workerId;

    public String communityCode;

    public String building;

    @Convert(converter = PersonalDataConverter.class)
    public String recipientName;

    @Convert(converter = PersonalDataConverter.class)
    public String message;

    public String status;

    public OffsetDateTime createdAt;
}
