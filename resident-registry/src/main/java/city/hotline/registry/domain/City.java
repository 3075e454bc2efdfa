package city.hotline.registry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 市: the top of the administrative hierarchy. */
@Entity
public class City {

    @Id
    public String code;

    public String name;
}
