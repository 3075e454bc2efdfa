package city.hotline.notification.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.VisitTask;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VisitTaskRepository implements PanacheRepositoryBase<VisitTask, UUID> {

    public List<VisitTask> ofWorker(UUID workerId) {
        return list("workerId", Sort.by("createdAt"), workerId);
    }

    public boolean existsForDelivery(UUID deliveryId) {
        return count("deliveryId", deliveryId) > 0;
    }
}
