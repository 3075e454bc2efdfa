package city.hotline.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {
}
