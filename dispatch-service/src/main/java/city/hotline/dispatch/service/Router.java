package city.hotline.dispatch.service;

import static city.hotline.dispatch.repository.WorkerViewRepository.leastLoaded;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.WorkerView;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.dispatch.repository.WorkerViewRepository.Candidates;
import city.hotline.dispatch.repository.WorkerViewRepository.Load;

/**
 * Picks the worker of a ticket's community, among those on duty it has not passed over: the
 * building's butler or building head, else the grid worker of the building, else the roles the
 * community's routing rules give the category, else anyone on duty; least loaded first at each step.
 */
@ApplicationScoped
public class Router {

    /** Workers named for given buildings: the building head (楼长) and the butler (私人管家, a community worker). */
    static final List<String> BUILDING_ROLES = List.of("BUILDING_HEAD", "COMMUNITY_WORKER");
    static final List<String> GRID_ROLES = List.of("GRID_WORKER");
    /** The community's duty lead, paged for green-channel tickets. */
    static final List<String> DUTY_LEAD_ROLES = List.of("SECRETARY");

    private final WorkerViewRepository workers;
    private final RoutingRules rules;

    Router(WorkerViewRepository workers, RoutingRules rules) {
        this.workers = workers;
        this.rules = rules;
    }

    /**
     * The workers on duty in a ticket's community with their loads, read once: the ticket's route and, for a
     * green-channel ticket, its duty lead are picked from them.
     */
    public List<Load> onDuty(Ticket ticket) {
        return workers.onDuty(ticket.communityCode, ticket.building);
    }

    public Optional<WorkerView> route(Ticket ticket) {
        return route(ticket, onDuty(ticket));
    }

    /** As {@link #route(Ticket)}, among the workers {@link #onDuty(Ticket)} read. */
    public Optional<WorkerView> route(Ticket ticket, List<Load> onDuty) {
        String community = ticket.communityCode;
        Set<UUID> excluded = ticket.passedOver;
        if (onDuty.isEmpty()) {
            return Optional.empty();
        }
        if (ticket.building != null) {
            Optional<WorkerView> forBuilding = leastLoaded(onDuty,
                    new Candidates(community, BUILDING_ROLES, ticket.building, excluded))
                    .or(() -> leastLoaded(onDuty, new Candidates(community, GRID_ROLES, ticket.building, excluded)));
            if (forBuilding.isPresent()) {
                return forBuilding;
            }
        }
        for (String role : rules.rolesFor(community, ticket.category)) {
            Optional<WorkerView> byRole = leastLoaded(onDuty, new Candidates(community, List.of(role), null, excluded));
            if (byRole.isPresent()) {
                return byRole;
            }
        }
        return leastLoaded(onDuty, new Candidates(community, List.of(), null, excluded));
    }

    /** The duty lead on duty in a ticket's community, if any, among the workers {@link #onDuty(Ticket)} read. */
    public Optional<WorkerView> dutyLead(Ticket ticket, List<Load> onDuty) {
        return leastLoaded(onDuty, new Candidates(ticket.communityCode, DUTY_LEAD_ROLES, null, Set.of()));
    }
}
