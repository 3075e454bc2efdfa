package city.hotline.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** 街道 / 乡镇: the level that supervises communities. */
@Entity
public class Street {

    @Id
    public String code;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "district_code")
    public District district;
}
