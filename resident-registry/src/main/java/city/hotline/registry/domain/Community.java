package city.hotline.registry.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import city.hotline.events.CommunityRegistered;

/** 社区: the unit that owns tickets and is ranked on its rates. */
@Entity
public class Community {

    @Id
    public String code;

    public String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "street_code")
    public Street street;

    public Integer households;

    public Integer residents;

    @OneToMany(mappedBy = "community", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    public List<Compound> compounds = new ArrayList<>();

    /** The community as the other services learn it. */
    public CommunityRegistered registered() {
        District district = street.district;
        return new CommunityRegistered(code, name, street.code, street.name, district.code, district.name,
                district.city.code, district.city.name);
    }
}
