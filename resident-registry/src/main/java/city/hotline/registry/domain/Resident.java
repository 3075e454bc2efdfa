package city.hotline.registry.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import city.hotline.events.ResidentRegistered;
import city.hotline.personaldata.BlindIndex;
import city.hotline.personaldata.PersonalDataConverter;

/** A person living in a household, with what makes them vulnerable and how to reach them. */
@Entity
public class Resident {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "household_id")
    public Household household;

    /** Stored encrypted; found by {@link #nameIndex}. */
    @Convert(converter = PersonalDataConverter.class)
    public String name;

    /** The blind index of the name: one resident of a name per household. */
    public String nameIndex;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    /** Digits only; stored encrypted, found by {@link #phoneIndex}. */
    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    /** The blind index of the phone: how a caller's number finds their household. */
    public String phoneIndex;

    @Enumerated(EnumType.STRING)
    public AgeBand ageBand;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resident_tag", joinColumns = @JoinColumn(name = "resident_id"))
    @Column(name = "tag")
    @Enumerated(EnumType.STRING)
    public Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);

    @Enumerated(EnumType.STRING)
    public ContactChannel preferredChannel;

    /** Agreed to be contacted before asking (未诉先办): reminders, notices. */
    public boolean contactConsent;

    /** Agreed that volunteers and partner units learn their needs. */
    public boolean shareConsent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "standing_need", joinColumns = @JoinColumn(name = "resident_id"))
    @OrderColumn(name = "position")
    public List<StandingNeed> needs = new ArrayList<>();

    /** Made up for the demo data, never a real person. */
    public boolean generated;

    /** Names the resident and their phone, with the indexes they are looked up by. */
    public void nameAndPhone(String name, String phone, BlindIndex index) {
        this.name = name;
        this.nameIndex = index.ofName(name);
        this.phone = phone;
        this.phoneIndex = index.ofPhone(phone);
    }

    /** The resident as the other services learn them: no name, the phone only to reach them. */
    public ResidentRegistered registered() {
        return new ResidentRegistered(id.toString(), household.community().code, household.id,
                household.building.qualifiedName(), household.unit, household.door, ageBand.name(),
                tags.stream().sorted().map(Enum::name).toList(), preferredChannel.name(), phone,
                contactConsent, shareConsent, needs.stream().map(StandingNeed::announced).toList());
    }
}
