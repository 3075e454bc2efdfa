package city.hotline.registry.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Household;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.domain.VulnerabilityTag;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, UUID> {

    /** Which residents a list shows; any filter left null does not narrow it. */
    public record Filter(String communityCode, String building, VulnerabilityTag tag) {
    }

    public PanacheQuery<Resident> matching(Filter filter, Page page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.communityCode() != null) {
            parameters.add(filter.communityCode());
            conditions.add("household.building.compound.community.code = ?" + parameters.size());
        }
        if (filter.building() != null) {
            parameters.add(filter.building());
            conditions.add("concat(household.building.compound.name, '/', household.building.name) = ?"
                    + parameters.size());
        }
        if (filter.tag() != null) {
            parameters.add(filter.tag());
            conditions.add("?" + parameters.size() + " member of tags");
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ")
                + "order by household.id, name";
        return find(query, parameters.toArray()).page(page);
    }

    /** A building's residents with their tags and needs, in one query rather than one per resident. */
    public List<Resident> ofBuilding(Building building) {
        return list("select distinct r from Resident r left join fetch r.tags left join fetch r.needs "
                + "where r.household.building = ?1", building);
    }

    public Optional<Resident> byName(Household household, String name) {
        return find("household = ?1 and name = ?2", household, name).firstResultOptional();
    }

    /** Residents registered with this number (stored as digits only). */
    public List<Resident> byPhone(String digits) {
        return list("phone = ?1 order by household.id, name", digits);
    }

    public long countInCommunity(String communityCode) {
        return count("household.building.compound.community.code", communityCode);
    }

    /** 特殊人群: a community's residents with at least one vulnerability tag. */
    public List<Resident> vulnerableOf(String communityCode) {
        return list("household.building.compound.community.code = ?1 and tags is not empty "
                + "order by household.id, name", communityCode);
    }
}
