package city.hotline.registry.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.personaldata.BlindIndex;
import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Household;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.domain.VulnerabilityTag;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/**
 * Residents' names and phones are stored encrypted: they are found by their blind indexes, and lists
 * are ordered by household and id, as an order by name would be an order by ciphertext.
 */
@ApplicationScoped
public class ResidentRepository implements PanacheRepositoryBase<Resident, UUID> {

    private final BlindIndex blindIndex;

    ResidentRepository(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

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
                + "order by household.id, id";
        return find(query, parameters.toArray()).page(page);
    }

    /** A building's residents with their tags and needs, in one query rather than one per resident. */
    public List<Resident> ofBuilding(Building building) {
        return list("select distinct r from Resident r left join fetch r.tags left join fetch r.needs "
                + "where r.household.building = ?1", building);
    }

    /** By the blind index of the name, as names are stored encrypted (under any configured index key). */
    public Optional<Resident> byName(Household household, String name) {
        List<String> indexes = blindIndex.nameLookups(name);
        return indexes.isEmpty() ? Optional.empty()
                : find("household = ?1 and nameIndex in ?2", household, indexes).firstResultOptional();
    }

    /** Residents registered with a number however it is written (+86, spaces, dashes), by its blind index. */
    public List<Resident> byPhone(String phone) {
        List<String> indexes = blindIndex.phoneLookups(phone);
        return indexes.isEmpty() ? List.of() : list("phoneIndex in ?1 order by household.id, id", indexes);
    }

    public long countInCommunity(String communityCode) {
        return count("household.building.compound.community.code", communityCode);
    }

    /** 特殊人群: a community's residents with at least one vulnerability tag. */
    public List<Resident> vulnerableOf(String communityCode) {
        return list("household.building.compound.community.code = ?1 and tags is not empty "
                + "order by household.id, id", communityCode);
    }
}
