package city.hotline.intake.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import city.hotline.intake.domain.ResidentPhone;
import city.hotline.intake.service.PhoneOwners;
import city.hotline.personaldata.BlindIndex;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Residents' phones, found by the blind index (phones are encrypted) with one index per configured key.
 *
 * <p>The lookup is SQL with the indexes as one array parameter rather than Panache's {@code phoneIndex in ?1}:
 * Hibernate keeps no translated SQL for a query with a list parameter, and translating it again on every call was
 * about a tenth of intake's CPU under load (docs/performance.md). It reads no phone either, so none is decrypted.
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

    /**
     * The residents with a number however the caller's is written, of several who share it (a household's landline)
     * those on the special-needs list first: where a call from that phone is from, and who is calling.
     */
    @SuppressWarnings("unchecked")
    public PhoneOwners owners(String phone) {
        List<String> indexes = blindIndex.phoneLookups(phone);
        if (indexes.isEmpty()) {
            return PhoneOwners.NONE;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT resident_id, community_code, building FROM resident_phone
                        WHERE phone_index = ANY(CAST(?1 AS VARCHAR[]))
                        ORDER BY special_needs DESC, resident_id""")
                .unwrap(NativeQuery.class)
                // Only resident_phone's pending changes need writing first, not the call and ticket being taken.
                .addSynchronizedEntityClass(ResidentPhone.class)
                .setParameter(1, indexes.toArray(String[]::new))
                .getResultList();
        return new PhoneOwners(
                rows.stream().map(row -> new PhoneOwner((String) row[0], (String) row[1], (String) row[2])).toList());
    }
}
