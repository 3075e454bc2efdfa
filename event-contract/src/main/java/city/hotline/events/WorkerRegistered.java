package city.hotline.events;

import java.util.List;

/**
 * A community worker (社工, 网格员, 楼长 ...) entered or changed in the registry.
 *
 * @param buildings the buildings the worker answers for, as {@code compound/building}
 * @param onDuty    whether the worker takes tickets now
 * @param duties    what the worker does in the community's work: the "eight roles" of the articles
 *                  ({@code GATEKEEPER}, {@code SUPERVISOR}, {@code COUNSELLOR}, {@code PURCHASER},
 *                  {@code COORDINATOR}, {@code INVESTIGATOR}, {@code PUBLICIST}, {@code ORDERLY}) and
 *                  {@code HOTLINE_DUTY}; empty when none was given
 */
public record WorkerRegistered(
        String workerId,
        String communityCode,
        String name,
        String role,
        String title,
        String phone,
        List<String> buildings,
        boolean onDuty,
        List<String> duties) {

    public WorkerRegistered {
        duties = duties == null ? List.of() : List.copyOf(duties);
    }

    /** A worker with no duties named, as the first version of the event carried it. */
    public WorkerRegistered(String workerId, String communityCode, String name, String role, String title,
            String phone, List<String> buildings, boolean onDuty) {
        this(workerId, communityCode, name, role, title, phone, buildings, onDuty, List.of());
    }
}
