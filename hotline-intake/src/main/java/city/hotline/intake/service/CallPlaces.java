package city.hotline.intake.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.intake.repository.PlaceNameRepository;

/**
 * Where a call is from, from intake's own models of the registry: the caller's phone when a
 * resident has it, else the longest place named in the address or the text. A community code the
 * operator gave wins; the building is still looked for within it.
 */
@ApplicationScoped
public class CallPlaces {

    private final PlaceNameRepository placeNames;

    CallPlaces(PlaceNameRepository placeNames) {
        this.placeNames = placeNames;
    }

    /**
     * @param communityCode the community the operator gave, or null
     * @param callerPhone   the residents who have the caller's phone
     */
    public Optional<Placement> of(NewCall call, String communityCode, PhoneOwners callerPhone) {
        Optional<Placement> byPhone = callerPhone.home()
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

    private Optional<Placement> named(String text, String communityCode) {
        return text == null || text.isBlank() ? Optional.empty()
                : placeNames.longestNamedIn(PlaceNames.normalise(text), communityCode);
    }
}
