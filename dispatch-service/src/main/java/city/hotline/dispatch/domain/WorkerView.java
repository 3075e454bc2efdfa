package city.hotline.dispatch.domain;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A worker as dispatch knows them from the registry's events. */
@Entity
@Table(name = "worker_view")
public class WorkerView {

    @Id
    public UUID id;

    public String communityCode;

    public String name;

    public String role;

    public boolean onDuty;
}
