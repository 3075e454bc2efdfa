package city.hotline.intake.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.ResidentPhone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResidentPhoneRepository implements PanacheRepositoryBase<ResidentPhone, String> {

    public List<ResidentPhone> byPhone(String phone) {
        return list("phone", phone);
    }
}
