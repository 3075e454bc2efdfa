package city.hotline.intake.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.ResidentPhone;
import city.hotline.personaldata.BlindIndex;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ResidentPhoneRepository implements PanacheRepositoryBase<ResidentPhone, String> {

    private final BlindIndex blindIndex;

    ResidentPhoneRepository(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** The residents with a number however the caller's is written, by its blind index (phones are encrypted). */
    public List<ResidentPhone> byPhone(String phone) {
        List<String> indexes = blindIndex.phoneLookups(phone);
        return indexes.isEmpty() ? List.of() : list("phoneIndex in ?1", indexes);
    }

    /**
     * The resident of the community a call from this phone most likely came from: of several who
     * share it (a household's landline), one on the special-needs list first. Found by the blind index,
     * like {@link #byPhone}: the stored phone is encrypted.
     */
    public Optional<ResidentPhone> caller(String phone, String communityCode) {
        List<String> indexes = blindIndex.phoneLookups(phone);
        return indexes.isEmpty() ? Optional.empty()
                : find("phoneIndex in ?1 and communityCode = ?2", Sort.descending("specialNeeds").and("residentId"),
                        indexes, communityCode).firstResultOptional();
    }
}
