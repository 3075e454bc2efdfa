package city.hotline.registry.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.ControlKind;
import city.hotline.registry.domain.ControlZone;

/**
 * A control zone as a community declares it.
 *
 * @param buildings the buildings under control, as {@code compound/building}
 * @param endsAt    when the zone is lifted; absent while it is not
 */
public record ControlZoneForm(
        @NotNull @Pattern(regexp = "\\d{12}") @Schema(examples = "110101005001") String communityCode,
        @NotBlank @Size(max = 100) @Schema(examples = "后永康胡同封控区") String name,
        @NotNull ControlKind kind,
        @NotEmpty List<@NotBlank String> buildings,
        @NotNull @Schema(examples = "2022-05-14T00:00:00+08:00") OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 300) String note) {

    /** Times in UTC and buildings in name order, so that a form equals the zone it declared. */
    public ControlZoneForm {
        startsAt = startsAt == null ? null : startsAt.withOffsetSameInstant(ZoneOffset.UTC);
        endsAt = endsAt == null ? null : endsAt.withOffsetSameInstant(ZoneOffset.UTC);
        buildings = buildings == null ? null
                : buildings.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
    }

    /** The zone as the registry holds it, in the form it was declared. */
    public static ControlZoneForm of(ControlZone zone) {
        return new ControlZoneForm(zone.community.code, zone.name, zone.kind,
                zone.buildings.stream().map(Building::qualifiedName).toList(), zone.startsAt, zone.endsAt, zone.note);
    }
}
