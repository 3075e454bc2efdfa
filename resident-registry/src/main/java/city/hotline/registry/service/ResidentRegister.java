package city.hotline.registry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import city.hotline.events.EventType;
import city.hotline.events.ResidentRemoved;
import city.hotline.messaging.Outbox;
import city.hotline.personaldata.BlindIndex;
import city.hotline.registry.domain.Building;
import city.hotline.registry.domain.Household;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.domain.ResidentAccess;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.HouseholdRepository;
import city.hotline.registry.repository.ResidentAccessRepository;
import city.hotline.registry.repository.ResidentRepository;
import city.hotline.web.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * Keeps the register of households and residents. Every change is told to the other services in
 * its transaction; every reading of a full record is written to the access log.
 */
@ApplicationScoped
@Transactional
public class ResidentRegister {

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final ResidentAccessRepository accesses;
    private final Outbox outbox;
    private final BlindIndex blindIndex;
    private final Clock clock;

    ResidentRegister(CommunityRepository communities, BuildingRepository buildings, HouseholdRepository households,
            ResidentRepository residents, ResidentAccessRepository accesses, Outbox outbox, BlindIndex blindIndex) {
        this.communities = communities;
        this.buildings = buildings;
        this.households = households;
        this.residents = residents;
        this.accesses = accesses;
        this.outbox = outbox;
        this.blindIndex = blindIndex;
        this.clock = Clock.systemUTC();
    }

    /** Enters a new resident; a second resident of the same name in the same household is a conflict. */
    public Resident register(@Valid ResidentForm form) {
        Household household = householdOf(form);
        if (household.id != null && residents.byName(household, form.name()).isPresent()) {
            throw new ClientErrorException(form.name() + " is already registered at " + household.address(), 409);
        }
        Resident resident = new Resident();
        resident.id = UUID.randomUUID();
        apply(resident, household, form);
        return resident;
    }

    /** Changes a resident, moving them to another household if the address changed. */
    public Resident update(UUID id, @Valid ResidentForm form) {
        Resident resident = find(id);
        if (ResidentForm.of(resident).equals(form)) {
            return resident;
        }
        Household household = householdOf(form);
        if (household.id != null) {
            residents.byName(household, form.name())
                    .filter(other -> !other.id.equals(id))
                    .ifPresent(other -> {
                        throw new ClientErrorException(form.name() + " is already registered at "
                                + household.address(), 409);
                    });
        }
        apply(resident, household, form);
        return resident;
    }

    /**
     * Enters or changes residents as an import does, each matched by household and name: a form
     * that says what the registry holds changes nothing and tells nobody, so importing the same
     * register twice is harmless. A form without standing needs keeps the needs the resident has (a
     * register file does not hold them). Households and residents are read once per building, so a
     * community's whole register is written in seconds.
     *
     * @param generated mark what is created as generated demo data
     */
    public SaveCounts saveAll(List<@Valid ResidentForm> forms, boolean generated) {
        Map<String, BuildingRegister> byBuilding = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ResidentForm form : forms) {
            BuildingRegister building = byBuilding.computeIfAbsent(form.communityCode() + "|" + form.building(),
                    key -> new BuildingRegister(building(form)));
            Household household = building.households.computeIfAbsent(form.unit() + "|" + form.door(), key -> {
                Household fresh = new Household();
                fresh.building = building.building;
                fresh.unit = form.unit();
                fresh.door = form.door();
                fresh.generated = generated;
                return fresh;
            });
            Resident existing = household.id == null ? null : building.residents.get(household.id + "|" + form.name());
            ResidentForm wanted = existing != null && form.needs().isEmpty()
                    ? form.withNeeds(ResidentForm.of(existing).needs()) : form;
            if (existing != null && ResidentForm.of(existing).equals(wanted)) {
                unchanged++;
                continue;
            }
            Resident resident = existing;
            if (resident == null) {
                resident = new Resident();
                resident.id = UUID.randomUUID();
                resident.generated = generated;
                created++;
            } else {
                updated++;
            }
            apply(resident, household, wanted);
            building.residents.put(household.id + "|" + form.name(), resident);
        }
        return new SaveCounts(created, updated, unchanged);
    }

    /** A building's households and residents, read once for a batch of forms. */
    private final class BuildingRegister {

        final Building building;
        final Map<String, Household> households = new HashMap<>();
        final Map<String, Resident> residents = new HashMap<>();

        BuildingRegister(Building building) {
            this.building = building;
            for (Household household : ResidentRegister.this.households.ofBuilding(building)) {
                households.put(household.unit + "|" + household.door, household);
            }
            for (Resident resident : ResidentRegister.this.residents.ofBuilding(building)) {
                residents.put(resident.household.id + "|" + resident.name, resident);
            }
        }
    }

    public void remove(UUID id) {
        Resident resident = find(id);
        ResidentRemoved removed = new ResidentRemoved(resident.id.toString(), resident.household.community().code,
                resident.household.id);
        residents.delete(resident);
        outbox.publish(EventType.RESIDENT_REMOVED, removed.communityCode(), removed.residentId(), removed);
    }

    /** The full record, written to the access log with who asked and why. */
    public Resident read(UUID id, String accessedBy, String reason) {
        Resident resident = find(id);
        ResidentAccess access = new ResidentAccess();
        access.residentId = id;
        access.accessedBy = accessedBy;
        access.reason = reason;
        access.accessedAt = Instant.now(clock);
        accesses.persist(access);
        return resident;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResidentAccess> accessLog(UUID id) {
        find(id);
        return accesses.ofResident(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PanacheQuery<Resident> search(ResidentRepository.Filter filter, Page page) {
        return residents.matching(filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Resident find(UUID id) {
        return residents.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("no resident has the id " + id));
    }

    private Building building(ResidentForm form) {
        if (communities.findByIdOptional(form.communityCode()).isEmpty()) {
            throw new InvalidInputException("communityCode", "no community has the code " + form.communityCode());
        }
        return buildings.byQualifiedName(form.communityCode(), form.building())
                .orElseThrow(() -> new InvalidInputException("building",
                        form.building() + " is not a building of community " + form.communityCode()));
    }

    private Household householdOf(ResidentForm form) {
        Building building = building(form);
        return households.at(building, form.unit(), form.door()).orElseGet(() -> {
            Household created = new Household();
            created.building = building;
            created.unit = form.unit();
            created.door = form.door();
            return created;
        });
    }

    private void apply(Resident resident, Household household, ResidentForm form) {
        if (household.id == null) {
            households.persist(household);
        }
        resident.household = household;
        resident.nameAndPhone(form.name(), form.phone(), blindIndex);
        resident.gender = form.gender();
        resident.ageBand = form.ageBand();
        resident.tags.clear();
        resident.tags.addAll(form.tags());
        resident.preferredChannel = form.preferredChannel();
        resident.contactConsent = form.contactConsent();
        resident.shareConsent = form.shareConsent();
        resident.needs.clear();
        form.needs().stream().map(ResidentForm.NeedForm::toNeed).forEach(resident.needs::add);
        residents.persist(resident);
        outbox.publish(EventType.RESIDENT_REGISTERED, household.community().code, resident.id.toString(),
                resident.registered());
    }
}
