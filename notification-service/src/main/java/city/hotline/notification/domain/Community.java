package city.hotline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A community (社区) as this service knows it from the registry's events. */
@Entity
public class Community {

    @Id
    public String code;

    public String name;
}
