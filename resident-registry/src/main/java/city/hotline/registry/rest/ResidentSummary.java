package city.hotline.registry.rest;

import java.util.List;

import city.hotline.registry.domain.Privacy;
import city.hotline.registry.domain.Resident;

/** A resident in a list: name and phone masked (魏先生, 138****5678), the rest as it is. */
public record ResidentSummary(String id, String communityCode, long householdId, String address, String name,
        String phone, String ageBand, List<String> tags, String preferredChannel, boolean generated) {

    static ResidentSummary of(Resident resident) {
        return new ResidentSummary(resident.id.toString(), resident.household.community().code,
                resident.household.id, resident.household.address(),
                Privacy.maskName(resident.name, resident.gender), Privacy.maskPhone(resident.phone),
                resident.ageBand.name(), resident.tags.stream().sorted().map(Enum::name).toList(),
                resident.preferredChannel.name(), resident.generated);
    }
}
