package city.hotline.dispatch.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import city.hotline.personaldata.PersonalDataConverter;

/** A worker as dispatch knows them from the registry's events. */
@Entity
@Table(name = "worker_view")
public class WorkerView {

    @Id
    public UUID id;

    public String communityCode;

    /** Stored encrypted, like every copy of a person's name (docs/personal-data.md). */
    @Convert(converter = PersonalDataConverter.class)
    public String name;

    public String role;

    public boolean onDuty;

    /** The buildings the worker answers for, as {@code compound/building}. */
    @ElementCollection
    @CollectionTable(name = "worker_building", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "building")
    public Set<String> buildings = new HashSet<>();
}
