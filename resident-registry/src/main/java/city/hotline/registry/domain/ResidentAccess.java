package city.hotline.registry.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One reading of a resident's full record: who, when and why. */
@Entity
public class ResidentAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID residentId;

    public String accessedBy;

    public String reason;

    public Instant accessedAt;
}
