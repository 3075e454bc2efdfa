package city.hotline.notification.domain;

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

import city.hotline.personaldata.PersonalDataConverter;

/** A community worker as this service knows them from the registry's events: enough to reach them. */
@Entity
public class Worker {

    @Id
    public UUID id;

    public String communityCode;

    @Convert(converter = PersonalDataConverter.class)
    public String name;

    public String role;

    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    public boolean onDuty;

    /** The buildings the worker answers for, as {@code compound/building}. */
    @ElementCollection
    @CollectionTable(name = "worker_building", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "building")
    public Set<String> buildings = new HashSet<>();
}
