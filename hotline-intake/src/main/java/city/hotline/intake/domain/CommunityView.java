package city.hotline.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A community as intake knows it from the registry's events. */
@Entity
@Table(name = "community_view")
public class CommunityView {

    @Id
    public String code;

    public String name;

    public String cityCode;

    public String cityName;

    public String streetCode;

    public String streetName;

    public String districtCode;

    public String districtName;
}
