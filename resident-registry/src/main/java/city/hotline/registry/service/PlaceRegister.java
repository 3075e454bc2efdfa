package city.hotline.registry.service;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.WorkerRegistered;
import city.hotline.messaging.Outbox;
import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.City;
import city.hotline.registry.domain.Community;
import city.hotline.registry.domain.Compound;
import city.hotline.registry.domain.District;
import city.hotline.registry.domain.Street;
import city.hotline.registry.domain.Worker;
import city.hotline.registry.repository.CityRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.DistrictRepository;
import city.hotline.registry.repository.StreetRepository;
import city.hotline.registry.repository.WorkerRepository;
import city.hotline.web.InvalidInputException;

/**
 * Keeps the register of places and workers: imports a tree of places, creating what is new and
 * updating what changed, and tells the other services about every community and worker that is
 * new or different, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PlaceRegister {

    private final CityRepository cities;
    private final DistrictRepository districts;
    private final StreetRepository streets;
    private final CommunityRepository communities;
    private final WorkerRepository workers;
    private final Outbox outbox;

    PlaceRegister(CityRepository cities, DistrictRepository districts, StreetRepository streets,
            CommunityRepository communities, WorkerRepository workers, Outbox outbox) {
        this.cities = cities;
        this.districts = districts;
        this.streets = streets;
        this.communities = communities;
        this.workers = workers;
        this.outbox = outbox;
    }

    public ImportSummary importTree(@Valid PlaceTree tree) {
        int communitiesChanged = 0;
        int workersChanged = 0;
        for (PlaceTree.CityNode cityNode : tree.cities()) {
            City city = cities.findByIdOptional(cityNode.code()).orElseGet(City::new);
            city.code = cityNode.code();
            city.name = cityNode.name();
            cities.persist(city);
            for (PlaceTree.DistrictNode districtNode : cityNode.districts()) {
                requireChildCode(city.code, 4, districtNode.code());
                District district = districts.findByIdOptional(districtNode.code()).orElseGet(District::new);
                district.code = districtNode.code();
                district.name = districtNode.name();
                district.city = city;
                districts.persist(district);
                for (PlaceTree.StreetNode streetNode : districtNode.streets()) {
                    requireChildCode(district.code, 6, streetNode.code());
                    Street street = streets.findByIdOptional(streetNode.code()).orElseGet(Street::new);
                    street.code = streetNode.code();
                    street.name = streetNode.name();
                    street.district = district;
                    streets.persist(street);
                    for (PlaceTree.CommunityNode communityNode : streetNode.communities()) {
                        requireChildCode(street.code, 9, communityNode.code());
                        if (importCommunity(street, communityNode)) {
                            communitiesChanged++;
                        }
                        for (PlaceTree.WorkerNode workerNode : communityNode.workers()) {
                            if (importWorker(communityNode.code(), workerNode)) {
                                workersChanged++;
                            }
                        }
                    }
                }
            }
        }
        return new ImportSummary(communitiesChanged, workersChanged);
    }

    private boolean importCommunity(Street street, PlaceTree.CommunityNode node) {
        Community community = communities.findByIdOptional(node.code()).orElse(null);
        CommunityRegistered before = community == null ? null : community.registered();
        if (community == null) {
            community = new Community();
            community.code = node.code();
        }
        community.name = node.name();
        community.street = street;
        community.households = node.households();
        community.residents = node.residents();
        for (PlaceTree.CompoundNode compoundNode : node.compounds()) {
            mergeCompound(community, compoundNode);
        }
        communities.persist(community);
        CommunityRegistered after = community.registered();
        if (after.equals(before)) {
            return false;
        }
        outbox.publish(EventType.COMMUNITY_REGISTERED, community.code, community.code, after);
        return true;
    }

    private static void mergeCompound(Community community, PlaceTree.CompoundNode node) {
        Compound compound = community.compounds.stream()
                .filter(existing -> existing.name.equals(node.name()))
                .findFirst()
                .orElseGet(() -> {
                    Compound created = new Compound();
                    created.community = community;
                    created.name = node.name();
                    community.compounds.add(created);
                    return created;
                });
        if (node.households() != null) {
            compound.households = node.households();
        }
        for (String buildingName : node.buildings()) {
            if (compound.buildings.stream().noneMatch(building -> building.name.equals(buildingName))) {
                Building building = new Building();
                building.compound = compound;
                building.name = buildingName;
                compound.buildings.add(building);
            }
        }
    }

    private boolean importWorker(String communityCode, PlaceTree.WorkerNode node) {
        Community community = communities.findById(communityCode);
        Worker worker = workers.byName(communityCode, node.name()).orElse(null);
        WorkerRegistered before = worker == null ? null : worker.registered();
        if (worker == null) {
            worker = new Worker();
            worker.id = UUID.randomUUID();
            worker.community = community;
            worker.name = node.name();
        }
        worker.role = node.role();
        worker.title = node.title();
        worker.phone = node.phone();
        worker.buildings.clear();
        if (node.buildings() != null) {
            Map<String, Building> byName = community.compounds.stream()
                    .flatMap(compound -> compound.buildings.stream())
                    .collect(Collectors.toMap(Building::qualifiedName, Function.identity()));
            for (String qualifiedName : node.buildings()) {
                Building building = byName.get(qualifiedName);
                if (building == null) {
                    throw new InvalidInputException("buildings",
                            node.name() + " answers for " + qualifiedName + ", which is not a building of " + community.name);
                }
                worker.buildings.add(building);
            }
        }
        workers.persist(worker);
        WorkerRegistered after = worker.registered();
        if (Objects.equals(after, before)) {
            return false;
        }
        outbox.publish(EventType.WORKER_REGISTERED, communityCode, worker.id.toString(), after);
        return true;
    }

    /** A place's code starts with its parent's: a street of 110101 is 110101xxx000. */
    private static void requireChildCode(String parentCode, int prefixLength, String childCode) {
        if (!childCode.startsWith(parentCode.substring(0, prefixLength))) {
            throw new InvalidInputException("code", childCode + " does not lie under " + parentCode);
        }
    }
}
