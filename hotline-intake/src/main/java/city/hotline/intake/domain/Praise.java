package city.hotline.intake.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 表扬: a praising call credited to its community and, when its text names one, to the worker. */
@Entity
public class Praise {

    @Id
    public UUID callId;

    public String communityCode;

    /** Null when the text names none of the community's workers. */
    public String workerId;

    public String workerName;

    public OffsetDateTime receivedAt;
}
