package city.hotline.registry.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Compound;
import city.hotline.registry.domain.Household;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, Long> {

    public Optional<Household> at(Building building, String unit, String door) {
        return find("building = ?1 and unit = ?2 and door = ?3", building, unit, door).firstResultOptional();
    }

    public List<Household> ofBuilding(Building building) {
        return list("building", building);
    }

    /** The households of a compound that are not generated demo data. */
    public long countNamedIn(Compound compound) {
        return count("building.compound = ?1 and generated = false", compound);
    }

    public long countInCommunity(String communityCode) {
        return count("building.compound.community.code", communityCode);
    }
}
