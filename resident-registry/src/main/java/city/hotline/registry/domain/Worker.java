package city.hotline.registry.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import city.hotline.events.WorkerRegistered;
import city.hotline.personaldata.PersonalDataConverter;

/** A person tickets can be dispatched to. */
@Entity
public class Worker {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_code")
    public Community community;

    public String name;

    @Enumerated(EnumType.STRING)
    public WorkerRole role;

    public String title;

    /** Stored encrypted: the worker's own mobile, often. */
    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    public boolean onDuty = true;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "worker_building",
            joinColumns = @JoinColumn(name = "worker_id"),
            inverseJoinColumns = @JoinColumn(name = "building_id"))
    @OrderBy("id")
    public Set<Building> buildings = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "worker_duty", joinColumns = @JoinColumn(name = "worker_id"))
    @Column(name = "duty")
    @Enumerated(EnumType.STRING)
    public Set<WorkerDuty> duties = EnumSet.noneOf(WorkerDuty.class);

    /** The worker as the other services learn it. */
    public WorkerRegistered registered() {
        return new WorkerRegistered(id.toString(), community.code, name, role.name(), title, phone,
                buildings.stream().map(Building::qualifiedName).toList(), onDuty,
                duties.stream().sorted().map(Enum::name).toList());
    }
}
