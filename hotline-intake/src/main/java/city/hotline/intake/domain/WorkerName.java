package city.hotline.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A community worker's name, as intake knows it from the registry's events, to credit praise. */
@Entity
@Table(name = "worker_name")
public class WorkerName {

    @Id
    public String workerId;

    public String communityCode;

    public String name;
}
