package city.hotline.registry.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Worker;
import city.hotline.registry.domain.WorkerRole;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    /** Which workers a list shows; any filter left null does not narrow it. */
    public record Filter(String communityCode, WorkerRole role, String building, Boolean onDuty) {
    }

    public List<Worker> ofCommunity(String communityCode) {
        return list("community.code = ?1 order by name", communityCode);
    }

    public Optional<Worker> byName(String communityCode, String name) {
        return find("community.code = ?1 and name = ?2", communityCode, name).firstResultOptional();
    }

    public PanacheQuery<Worker> matching(Filter filter, Page page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.communityCode() != null) {
            parameters.add(filter.communityCode());
            conditions.add("w.community.code = ?" + parameters.size());
        }
        if (filter.role() != null) {
            parameters.add(filter.role());
            conditions.add("w.role = ?" + parameters.size());
        }
        if (filter.building() != null) {
            parameters.add(filter.building());
            conditions.add("exists (select 1 from w.buildings b where concat(b.compound.name, '/', b.name) = ?"
                    + parameters.size() + ")");
        }
        if (filter.onDuty() != null) {
            parameters.add(filter.onDuty());
            conditions.add("w.onDuty = ?" + parameters.size());
        }
        String query = "from Worker w " + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ")
                + "order by w.community.code, w.name";
        return find(query, parameters.toArray()).page(page);
    }
}
