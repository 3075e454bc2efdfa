package city.hotline.registry.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Building;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BuildingRepository implements PanacheRepositoryBase<Building, Long> {

    /** A building by the name workers give it, {@code compound/building}, within a community. */
    public Optional<Building> byQualifiedName(String communityCode, String qualifiedName) {
        int slash = qualifiedName.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return find("compound.community.code = ?1 and compound.name = ?2 and name = ?3",
                communityCode, qualifiedName.substring(0, slash), qualifiedName.substring(slash + 1))
                .firstResultOptional();
    }

    /** Every building with its compound and community, for matching free-text addresses. */
    public List<Building> allWithPlaces() {
        return list("select b from Building b join fetch b.compound c join fetch c.community");
    }
}
