package city.hotline.notification.repository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Worker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Workers in the order of their names, sorted here: names are stored encrypted. */
@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    private static final Comparator<Worker> BY_NAME = Comparator.comparing((Worker worker) -> worker.name)
            .thenComparing(worker -> worker.id);

    public List<Worker> ofCommunity(String communityCode) {
        return byName(list("communityCode", communityCode));
    }

    public List<Worker> ofCommunityWithRole(String communityCode, String role) {
        return byName(list("communityCode = ?1 and role = ?2", communityCode, role));
    }

    /** The worker of a community who answers for a building (its butler or grid worker), if any. */
    public Optional<Worker> answeringFor(String communityCode, String building) {
        return list("select w from Worker w join w.buildings b where w.communityCode = ?1 and b = ?2",
                communityCode, building).stream().min(BY_NAME);
    }

    private static List<Worker> byName(List<Worker> workers) {
        return workers.stream().sorted(BY_NAME).toList();
    }
}
