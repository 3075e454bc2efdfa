package city.hotline.registry.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.hotline.registry.domain.WorkerRole;

/**
 * A register of places and the workers who answer for them, as a community's or a city's ledger
 * (一图一册) is imported: cities, districts, streets, communities, compounds, buildings, workers.
 */
public record PlaceTree(@NotNull @Valid List<CityNode> cities) {

    /** 12-digit statistical division code. */
    static final String CODE = "\\d{12}";

    public record CityNode(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
            @NotNull @Valid List<DistrictNode> districts) {
    }

    public record DistrictNode(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
            @NotNull @Valid List<StreetNode> streets) {
    }

    public record StreetNode(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
            @NotNull @Valid List<CommunityNode> communities) {
    }

    public record CommunityNode(@NotNull @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
            @PositiveOrZero Integer households, @PositiveOrZero Integer residents,
            @NotNull @Valid List<CompoundNode> compounds, @NotNull @Valid List<WorkerNode> workers) {
    }

    /**
     * A building is named {@code compound/building} everywhere (residents, workers, events), so neither name may
     * hold a slash; nor a control character, which no sign on a gate carries.
     */
    static final String PART_OF_BUILDING_NAME = "[^/\\p{Cntrl}]+";
    static final String PART_OF_BUILDING_NAME_MESSAGE = "must not contain '/' or control characters";

    /** @param households the compound's own figure, when an article gives one; null otherwise */
    public record CompoundNode(
            @NotBlank @Size(max = 100) @Pattern(regexp = PART_OF_BUILDING_NAME, message = PART_OF_BUILDING_NAME_MESSAGE)
            String name,
            @NotNull List<@NotBlank @Size(max = 100)
                    @Pattern(regexp = PART_OF_BUILDING_NAME, message = PART_OF_BUILDING_NAME_MESSAGE) String> buildings,
            @PositiveOrZero Integer households) {

        public CompoundNode(String name, List<String> buildings) {
            this(name, buildings, null);
        }
    }

    /** @param buildings the buildings the worker answers for, as {@code compound/building} */
    public record WorkerNode(@NotBlank @Size(max = 50) String name, @NotNull WorkerRole role, @Size(max = 100) String title,
            @Pattern(regexp = "\\+?[0-9-]{5,20}") String phone, List<@NotBlank String> buildings) {
    }
}
