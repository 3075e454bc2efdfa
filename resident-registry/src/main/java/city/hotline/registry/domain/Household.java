package city.hotline.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** 户: a household, found by building, unit (单元) and door number. */
@Entity
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "building_id")
    public Building building;

    /** 单元; empty when the building has none. */
    public String unit = "";

    public String door;

    /** Made up for the demo data, never a real household. */
    public boolean generated;

    public Community community() {
        return building.compound.community;
    }

    /** The address as people say it: 广立南区/9号楼 2单元 502. */
    public String address() {
        return building.qualifiedName() + (unit.isEmpty() ? "" : " " + unit) + " " + door;
    }
}
