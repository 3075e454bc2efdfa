package city.hotline.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** 区: a district of a city. */
@Entity
public class District {

    @Id
    public String code;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_code")
    public City city;
}
