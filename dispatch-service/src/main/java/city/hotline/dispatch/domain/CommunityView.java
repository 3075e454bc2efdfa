package city.hotline.dispatch.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A community with the street (街道) and district (区) above it, from the registry's events. */
@Entity
@Table(name = "community_view")
public class CommunityView {

    @Id
    public String code;

    public String name;

    public String streetCode;

    public String streetName;

    public String districtCode;

    public String districtName;
}
