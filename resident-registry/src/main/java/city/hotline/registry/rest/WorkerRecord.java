package city.hotline.registry.rest;

import java.util.List;
import java.util.function.UnaryOperator;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Privacy;
import city.hotline.registry.domain.Worker;

/** A worker with the buildings they answer for. Lists mask the phone; the single record shows it. */
public record WorkerRecord(String id, String communityCode, String name, String role, String title, String phone,
        List<String> buildings, List<String> duties, boolean onDuty) {

    static WorkerRecord of(Worker worker) {
        return of(worker, UnaryOperator.identity());
    }

    static WorkerRecord masked(Worker worker) {
        return of(worker, Privacy::maskPhone);
    }

    private static WorkerRecord of(Worker worker, UnaryOperator<String> phone) {
        return new WorkerRecord(worker.id.toString(), worker.community.code, worker.name, worker.role.name(),
                worker.title, phone.apply(worker.phone), worker.buildings.stream().map(Building::qualifiedName).toList(),
                worker.duties.stream().sorted().map(Enum::name).toList(), worker.onDuty);
    }
}
