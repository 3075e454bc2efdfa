package city.hotline.registry.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** 小区 / 院: a compound or courtyard of a community. */
@Entity
public class Compound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "community_code")
    public Community community;

    public String name;

    /** The households an article gives for the compound (广立南区: 298), null when none does. */
    public Integer households;

    @OneToMany(mappedBy = "compound", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    public List<Building> buildings = new ArrayList<>();
}
