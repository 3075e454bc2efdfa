package city.hotline.intake.service;

import java.util.List;
import java.util.Optional;

import city.hotline.intake.repository.ResidentPhoneRepository.PhoneOwner;

/**
 * The residents who have a caller's phone, those on the special-needs list first, looked up once for a call: where
 * the call is from ({@link CallPlaces}) and who is calling ({@link TicketOpening}).
 */
public record PhoneOwners(List<PhoneOwner> residents) {

    /** A call without a phone, or from a phone no resident has. */
    public static final PhoneOwners NONE = new PhoneOwners(List.of());

    /** A phone shared by residents of different communities places nothing; of different buildings, no building. */
    public Optional<Placement> home() {
        if (residents.isEmpty() || residents.stream().map(PhoneOwner::communityCode).distinct().count() > 1) {
            return Optional.empty();
        }
        List<String> buildings = residents.stream().map(PhoneOwner::building).distinct().toList();
        return Optional.of(new Placement(residents.get(0).communityCode(), buildings.size() == 1 ? buildings.get(0) : null));
    }

    /**
     * The resident of the community a call from this phone most likely came from, or null: of several who share it
     * (a household's landline), one on the special-needs list first.
     */
    public String residentIn(String communityCode) {
        return residents.stream().filter(resident -> resident.communityCode().equals(communityCode))
                .map(PhoneOwner::residentId).findFirst().orElse(null);
    }
}
