package city.hotline.notification.domain;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import city.hotline.personaldata.PersonalDataConverter;

/** A resident as the registry announces one: no name, only what it takes to reach them. */
@Entity
public class Resident {

    @Id
    public String id;

    public String communityCode;

    public long householdId;

    /** {@code compound/building}. */
    public String building;

    public String unit;

    public String door;

    /** Vulnerability tags, e.g. DIALYSIS, ELDERLY_ALONE, NO_SMARTPHONE. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;

    /** PHONE, SMS, WECHAT or DOOR_VISIT. */
    public String preferredChannel;

    @Convert(converter = PersonalDataConverter.class)
    public String phone;

    /** Agreed to be told before asking (未诉先办): notices, and reminders of their needs. */
    public boolean contactConsent;

    /** Standing needs (特殊人群需求保障清单) the resident is reminded of. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<StandingNeed> needs = List.of();

    /** Where a worker knocks: the building, then unit and door when known. */
    public String doorAddress() {
        StringBuilder address = new StringBuilder(building);
        if (unit != null && !unit.isBlank()) {
            address.append(' ').append(unit);
        }
        if (door != null && !door.isBlank()) {
            address.append(' ').append(door);
        }
        return address.toString();
    }
}
