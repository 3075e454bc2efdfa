package city.hotline.dispatch.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The deadline policy set through the API, as JSON ({@link DeadlineRules}); while there is none,
 * the configured policy applies. One row, so every replica reads the same policy.
 */
@Entity
@Table(name = "deadline_policy")
public class DeadlinePolicySetting {

    public static final short ONLY = 1;

    @Id
    public short id = ONLY;

    @JdbcTypeCode(SqlTypes.JSON)
    public String rules;

    public OffsetDateTime updatedAt;
}
