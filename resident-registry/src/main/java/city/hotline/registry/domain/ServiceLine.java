package city.hotline.registry.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a service directory: whom to call for what. */
@Embeddable
public class ServiceLine {

    @Enumerated(EnumType.STRING)
    public ServiceKind kind;

    public String name;

    public String phone;

    public String hours;

    public String note;
}
