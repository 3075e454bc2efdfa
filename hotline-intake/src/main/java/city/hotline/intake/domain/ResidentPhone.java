package city.hotline.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident's phone and home, as intake knows them from the registry's events: nothing more. */
@Entity
@Table(name = "resident_phone")
public class ResidentPhone {

    @Id
    public String residentId;

    public String phone;

    public String communityCode;

    /** As {@code compound/building}. */
    public String building;

    /** On the registry's special-needs list: the resident has a vulnerability tag. */
    public boolean specialNeeds;
}
