package city.hotline.intake.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.ResidentPhone;
import city.hotline.personaldata.BlindIndex;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResidentPhoneRepository implements PanacheRepositoryBase<ResidentPhone, String> {

    private final BlindIndex blindIndex;

    ResidentPhoneRepository(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** The residents with a number however the caller's is written, by its blind index (phones are encrypted). */
    public List<ResidentPhone> byPhone(String phone) {
        return list("phoneIndex", blindIndex.ofPhone(phone));
    }
}
