package city.hotline.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.City;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CityRepository implements PanacheRepositoryBase<City, String> {
}
