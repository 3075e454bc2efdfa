package city.hotline.intake.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.hotline.personaldata.BlindIndex;
import city.hotline.personaldata.PersonalDataConverter;

/** A resident's phone and home, as intake knows them from the registry's events: nothing more. */
@Entity
@Table(name = "resident_phone")
public class ResidentPhone {

    @Id
    public String residentId;

    /** Stored encrypted; a caller's number finds it by {@link #phoneIndex}. */
    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    public String phoneIndex;

    public String communityCode;

    /** As {@code compound/building}. */
    public String building;

    /** On the registry's special-needs list: the resident has a vulnerability tag. */
    public boolean specialNeeds;

    public void phone(String phone, BlindIndex index) {
        this.phone = phone;
        this.phoneIndex = index.ofPhone(phone);
    }
}
