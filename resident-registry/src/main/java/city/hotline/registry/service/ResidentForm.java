package city.hotline.registry.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.registry.domain.AgeBand;
import city.hotline.registry.domain.ContactChannel;
import city.hotline.registry.domain.Gender;
import city.hotline.registry.domain.NeedKind;
import city.hotline.registry.domain.PhoneNumber;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.domain.StandingNeed;
import city.hotline.registry.domain.VulnerabilityTag;

/**
 * A resident as entered by a community worker: where they live, who they are, what makes them
 * vulnerable and how to reach them. Two forms are equal when they say the same thing, which is how
 * an import recognises a row it has already applied.
 *
 * @param building the building, as {@code compound/building}
 * @param unit     单元; empty or absent when the building has none
 */
public record ResidentForm(
        @NotNull @Pattern(regexp = "\\d{12}") @Schema(examples = "110101004001") String communityCode,
        @NotBlank @Pattern(regexp = "[^/]+/[^/]+", message = "must be compound/building")
        @Schema(examples = "钟库胡同1号院/整院") String building,
        @Size(max = 20) String unit,
        @NotBlank @Size(max = 20) @Schema(examples = "101") String door,
        @NotBlank @Size(max = 50) @Schema(examples = "魏先生") String name,
        Gender gender,
        @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) @Schema(examples = "13800001201")
        String phone,
        @NotNull AgeBand ageBand,
        Set<VulnerabilityTag> tags,
        @NotNull ContactChannel preferredChannel,
        boolean contactConsent,
        boolean shareConsent,
        @Valid List<NeedForm> needs) {

    public ResidentForm {
        unit = unit == null ? "" : unit.strip();
        // stored as digits only, so a caller's number finds it however it was written
        phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[ -]", "");
        door = door == null ? null : door.strip();
        tags = tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    /** 透析 Mon/Wed/Fri 17:30 at 北京市第六医院, or 续药 before the day the medicine runs out. */
    public record NeedForm(
            @NotNull NeedKind kind,
            List<DayOfWeek> days,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "17:30")
            LocalTime atTime,
            @Size(max = 100) @Schema(examples = "北京市第六医院") String place,
            @Size(max = 300) String note,
            @Schema(description = "for MEDICINE_RESUPPLY: the day the medicine is predicted to run out",
                    examples = "2022-12-10") LocalDate runsOutOn) {

        public NeedForm {
            days = days == null ? List.of() : List.copyOf(days);
        }

        static NeedForm of(StandingNeed need) {
            return new NeedForm(need.kind, need.days, need.atTime, need.place, need.note, need.runsOutOn);
        }

        StandingNeed toNeed() {
            StandingNeed need = new StandingNeed();
            need.kind = kind;
            need.days = days;
            need.atTime = atTime;
            need.place = place;
            need.note = note;
            need.runsOutOn = runsOutOn;
            return need;
        }
    }

    public ResidentForm withNeeds(List<NeedForm> otherNeeds) {
        return new ResidentForm(communityCode, building, unit, door, name, gender, phone, ageBand, tags,
                preferredChannel, contactConsent, shareConsent, otherNeeds);
    }

    /** What the registry holds about a resident, in the form it was entered. */
    public static ResidentForm of(Resident resident) {
        return new ResidentForm(resident.household.community().code, resident.household.building.qualifiedName(),
                resident.household.unit, resident.household.door, resident.name, resident.gender, resident.phone,
                resident.ageBand, resident.tags, resident.preferredChannel, resident.contactConsent,
                resident.shareConsent, resident.needs.stream().map(NeedForm::of).toList());
    }
}
