package city.hotline.registry.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.ControlZone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ControlZoneRepository implements PanacheRepositoryBase<ControlZone, UUID> {

    public List<ControlZone> ofCommunity(String communityCode) {
        return list("community.code = ?1 order by startsAt desc, name", communityCode);
    }

    public Optional<ControlZone> byName(String communityCode, String name) {
        return find("community.code = ?1 and name = ?2", communityCode, name).firstResultOptional();
    }

    public List<ControlZone> containing(Building building) {
        return list("select z from ControlZone z where ?1 member of z.buildings order by z.startsAt desc", building);
    }
}
