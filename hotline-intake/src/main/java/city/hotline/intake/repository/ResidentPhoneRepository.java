package city.hotline.intake.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.domain.ResidentPhone;
import city.hotline.personaldata.BlindIndex;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Residents' phones, found by the blind index (phones are encrypted) with one index per configured key.
 *
 * <p>The lookups are SQL with the indexes as one array parameter rather than Panache's {@code phoneIndex in ?1}:
 * Hibernate keeps no translated SQL for a query with a list parameter, and translating it again on every call was
 * about a tenth of intake's CPU under load (docs/performance.md). They read no phone either, so none is decrypted.
 */
@ApplicationScoped
public class ResidentPhoneRepository implements PanacheRepositoryBase<ResidentPhone, String> {

    private final BlindIndex blindIndex;

    ResidentPhoneRepository(BlindIndex blindIndex) {
        this.blindIndex = blindIndex;
    }

    /** Who has a phone, and where they live: what a call from that phone is placed and announced by. */
    public record PhoneOwner(String residentId, String communityCode, String building) {
    }

    /** The residents with a number however the caller's is written. */
    public List<PhoneOwner> byPhone(String phone) {
        return owners("""
                SELECT resident_id, community_code, building FROM resident_phone
                WHERE phone_index = ANY(CAST(?1 AS VARCHAR[]))""", phone, null);
    }

    /**
     * The resident of the community a call from this phone most likely came from: of several who
     * share it (a household's landline), one on the special-needs list first.
     */
    public Optional<PhoneOwner> caller(String phone, String communityCode) {
        return owners("""
                SELECT resident_id, community_code, building FROM resident_phone
                WHERE phone_index = ANY(CAST(?1 AS VARCHAR[])) AND community_code = ?2
                ORDER BY special_needs DESC, resident_id LIMIT 1""", phone, communityCode).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<PhoneOwner> owners(String sql, String phone, String communityCode) {
        List<String> indexes = blindIndex.phoneLookups(phone);
        if (indexes.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createNativeQuery(sql).setParameter(1, indexes.toArray(String[]::new));
        if (communityCode != null) {
            query.setParameter(2, communityCode);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new PhoneOwner((String) row[0], (String) row[1], (String) row[2])).toList();
    }
}
