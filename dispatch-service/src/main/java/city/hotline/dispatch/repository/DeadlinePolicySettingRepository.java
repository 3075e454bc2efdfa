package city.hotline.dispatch.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.DeadlinePolicySetting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeadlinePolicySettingRepository implements PanacheRepositoryBase<DeadlinePolicySetting, Short> {
}
