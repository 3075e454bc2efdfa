package city.hotline.dispatch.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.CommunityView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityViewRepository implements PanacheRepositoryBase<CommunityView, String> {
}
