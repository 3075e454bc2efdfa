package city.hotline.notification.repository;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    /** Every named community's name by its code. */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        getEntityManager().createQuery("select c.code, c.name from Community c where c.name is not null", Object[].class)
                .getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
