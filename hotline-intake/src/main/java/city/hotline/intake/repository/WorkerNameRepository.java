package city.hotline.intake.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.WorkerName;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerNameRepository implements PanacheRepositoryBase<WorkerName, String> {

    public List<WorkerName> ofCommunity(String communityCode) {
        return list("communityCode", communityCode);
    }
}
