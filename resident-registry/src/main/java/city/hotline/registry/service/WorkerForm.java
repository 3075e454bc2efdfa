package city.hotline.registry.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.PhoneNumber;
import city.hotline.registry.domain.Worker;
import city.hotline.registry.domain.WorkerDuty;
import city.hotline.registry.domain.WorkerRole;

/**
 * A worker as a community enters one.
 *
 * @param buildings the buildings the worker answers for, as {@code compound/building}
 * @param onDuty    whether the worker takes tickets now; true when absent
 */
public record WorkerForm(
        @NotNull @Pattern(regexp = "\\d{12}") @Schema(examples = "110101006001") String communityCode,
        @NotBlank @Size(max = 50) @Schema(examples = "卢海文") String name,
        @NotNull WorkerRole role,
        @Size(max = 100) @Schema(examples = "楼长") String title,
        @Pattern(regexp = PhoneNumber.PATTERN, message = PhoneNumber.MESSAGE) String phone,
        List<@NotBlank String> buildings,
        Set<WorkerDuty> duties,
        Boolean onDuty) {

    public WorkerForm {
        buildings = buildings == null ? List.of() : List.copyOf(buildings);
        duties = duties == null || duties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(duties));
        onDuty = onDuty == null || onDuty;
    }

    /** The form that says what the registry holds of a worker. */
    public static WorkerForm of(Worker worker) {
        return new WorkerForm(worker.community.code, worker.name, worker.role, worker.title, worker.phone,
                worker.buildings.stream().map(Building::qualifiedName).toList(), worker.duties, worker.onDuty);
    }
}
