package city.hotline.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.CommunityView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommunityViewRepository implements PanacheRepositoryBase<CommunityView, String> {
}
