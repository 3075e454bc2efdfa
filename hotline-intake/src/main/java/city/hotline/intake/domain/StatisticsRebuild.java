package city.hotline.intake.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One rebuild of the statistics' roll-ups from the stored facts, run in the background. */
@Entity
public class StatisticsRebuild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The administrator's account (token subject). */
    public String requestedBy;

    public OffsetDateTime startedAt;

    /** Set in the rebuild's own transaction: a finished rebuild's roll-ups are committed. */
    public OffsetDateTime finishedAt;

    public Integer communityPeriods;

    /** Why it stopped, when it failed while its replica lived. */
    public String failure;
}
