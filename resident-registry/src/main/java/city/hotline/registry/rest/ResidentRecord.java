package city.hotline.registry.rest;

import city.hotline.registry.domain.Resident;
import city.hotline.registry.service.ResidentForm;

/** A resident's full record, as entered, with the ids the registry gave it. */
public record ResidentRecord(String id, long householdId, boolean generated, ResidentForm resident) {

    static ResidentRecord of(Resident resident) {
        return new ResidentRecord(resident.id.toString(), resident.household.id, resident.generated,
                ResidentForm.of(resident));
    }
}
