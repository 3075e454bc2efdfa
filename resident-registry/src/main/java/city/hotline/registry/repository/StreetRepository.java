package city.hotline.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.Street;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StreetRepository implements PanacheRepositoryBase<Street, String> {
}
