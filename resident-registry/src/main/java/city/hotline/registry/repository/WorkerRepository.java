package city.hotline.registry.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Worker;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkerRepository implements PanacheRepositoryBase<Worker, UUID> {

    public List<Worker> ofCommunity(String communityCode) {
        return list("community.code = ?1 order by name", communityCode);
    }

    public Optional<Worker> byName(String communityCode, String name) {
        return find("community.code = ?1 and name = ?2", communityCode, name).firstResultOptional();
    }
}
