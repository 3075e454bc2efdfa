package city.hotline.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {
}
