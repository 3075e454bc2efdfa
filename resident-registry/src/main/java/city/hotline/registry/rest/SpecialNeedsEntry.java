package city.hotline.registry.rest;

import java.util.List;

import city.hotline.registry.domain.Privacy;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.service.ResidentForm;

/** A line of the 特殊人群需求保障清单: a vulnerable resident (masked as in lists) and their standing needs. */
public record SpecialNeedsEntry(String residentId, String address, String name, String phone, String ageBand,
        List<String> tags, String preferredChannel, List<ResidentForm.NeedForm> needs) {

    static SpecialNeedsEntry of(Resident resident) {
        return new SpecialNeedsEntry(resident.id.toString(), resident.household.address(),
                Privacy.maskName(resident.name, resident.gender), Privacy.maskPhone(resident.phone),
                resident.ageBand.name(), resident.tags.stream().sorted().map(Enum::name).toList(),
                resident.preferredChannel.name(), ResidentForm.of(resident).needs());
    }
}
