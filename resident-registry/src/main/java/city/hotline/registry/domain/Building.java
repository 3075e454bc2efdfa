package city.hotline.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** 楼栋: a building of a compound, e.g. 广立南区9号楼. */
@Entity
public class Building {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "compound_id")
    public Compound compound;

    public String name;

    /** How workers and the other services name a building: {@code compound/building}. */
    public String qualifiedName() {
        return compound.name + "/" + name;
    }
}
