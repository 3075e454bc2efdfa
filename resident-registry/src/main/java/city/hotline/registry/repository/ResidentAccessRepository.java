package city.hotline.registry.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.ResidentAccess;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResidentAccessRepository implements PanacheRepositoryBase<ResidentAccess, Long> {

    public List<ResidentAccess> ofResident(UUID residentId) {
        return list("residentId = ?1 order by accessedAt desc, id desc", residentId);
    }
}
