package city.hotline.notification.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Worker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    public List<Worker> ofCommunity(String communityCode) {
        return list("communityCode", Sort.by("name"), communityCode);
    }

    public List<Worker> ofCommunityWithRole(String communityCode, String role) {
        return list("communityCode = ?1 and role = ?2", Sort.by("name"), communityCode, role);
    }

    /** The worker of a community who answers for a building (its butler or grid worker), if any. */
    public Optional<Worker> answeringFor(String communityCode, String building) {
        return find("select w from Worker w join w.buildings b where w.communityCode = ?1 and b = ?2 order by w.name",
                communityCode, building).firstResultOptional();
    }
}
