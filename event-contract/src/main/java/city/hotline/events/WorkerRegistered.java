package city.hotline.events;

import java.util.List;

/**
 * A community worker (社工, 网格员, 楼长 ...) entered or changed in the registry.
 *
 * @param buildings the buildings the worker answers for, as {@code compound/building}
 * @param onDuty    whether the worker takes tickets now
 */
public record WorkerRegistered(
        String workerId,
        String communityCode,
        String name,
        String role,
        String title,
        String phone,
        List<String> buildings,
        boolean onDuty) {
}
