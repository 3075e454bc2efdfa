package city.hotline.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.registry.domain.ServiceDirectory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceDirectoryRepository implements PanacheRepositoryBase<ServiceDirectory, String> {
}
