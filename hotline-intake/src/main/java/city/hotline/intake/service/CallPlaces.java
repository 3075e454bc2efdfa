package city.hotline.intake.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.repository.PlaceNameRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.intake.repository.ResidentPhoneRepository.PhoneOwner;

/**
 * Where a call is from, from intake's own models of the registry: the caller's phone when a
 * resident has it, else the longest place named in the address or the text. A community code the
 * operator gave wins; the building is still looked for within it.
 */
@ApplicationScoped
public class CallPlaces {

    private final ResidentPhoneRepository residentPhones;
    private final PlaceNameRepository placeNames;

    CallPlaces(ResidentPhoneRepository residentPhones, PlaceNameRepository placeNames) {
        this.residentPhones = residentPhones;
        this.placeNames = placeNames;
    }

    /** @param communityCode the community the operator gave, or null */
    public Optional<Placement> of(NewCall call, String communityCode) {
        Optional<Placement> byPhone = byPhone(call.callerPhone())
                .filter(home -> communityCode == null || home.communityCode().equals(communityCode));
        if (byPhone.isPresent()) {
            return byPhone;
        }
        Optional<Placement> named = named(call.address(), communityCode).or(() -> named(call.text(), communityCode));
        if (named.isPresent() || communityCode == null) {
            return named;
        }
        return Optional.of(new Placement(communityCode, null));
    }

    /** A phone shared by residents of different communities places nothing; of different buildings, no building. */
    private Optional<Placement> byPhone(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        List<PhoneOwner> residents = residentPhones.byPhone(phone);
        if (residents.isEmpty()
                || residents.stream().map(PhoneOwner::communityCode).distinct().count() > 1) {
            return Optional.empty();
        }
        List<String> buildings = residents.stream().map(PhoneOwner::building).distinct().toList();
        return Optional.of(new Placement(residents.get(0).communityCode(), buildings.size() == 1 ? buildings.get(0) : null));
    }

    private Optional<Placement> named(String text, String communityCode) {
        return text == null || text.isBlank() ? Optional.empty()
                : placeNames.longestNamedIn(PlaceNames.normalise(text), communityCode);
    }
}
