package city.hotline.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.District;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {
}
