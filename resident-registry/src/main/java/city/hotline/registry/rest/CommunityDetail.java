package city.hotline.registry.rest;

import java.util.List;

import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Community;
import city.hotline.registry.domain.Worker;

/**
 * One community with its compounds, buildings and workers.
 *
 * @param households            the figure the community gives (an article's), null when unknown
 * @param householdsRegistered  households the registry holds, generated ones included
 */
public record CommunityDetail(CommunitySummary community, Integer households, Integer residents,
        List<CompoundView> compounds, List<WorkerView> workers, long householdsRegistered,
        long residentsRegistered) {

    /** @param households the compound's own figure, when an article gives one */
    public record CompoundView(String name, List<String> buildings, Integer households) {
    }

    /** A worker as the public register shows one: no phone number. */
    public record WorkerView(String id, String name, String role, String title, boolean onDuty,
            List<String> buildings) {

        static WorkerView of(Worker worker) {
            return new WorkerView(worker.id.toString(), worker.name, worker.role.name(), worker.title, worker.onDuty,
                    worker.buildings.stream().map(Building::qualifiedName).toList());
        }
    }

    static CommunityDetail of(Community community, List<Worker> workers, long householdsRegistered,
            long residentsRegistered) {
        return new CommunityDetail(CommunitySummary.of(community), community.households, community.residents,
                community.compounds.stream()
                        .map(compound -> new CompoundView(compound.name,
                                compound.buildings.stream().map(building -> building.name).toList(),
                                compound.households))
                        .toList(),
                workers.stream().map(WorkerView::of).toList(), householdsRegistered, residentsRegistered);
    }
}
