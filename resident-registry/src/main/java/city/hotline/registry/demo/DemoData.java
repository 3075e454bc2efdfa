package city.hotline.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.registry.domain.Community;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.HouseholdRepository;
import city.hotline.registry.service.ControlZoneForm;
import city.hotline.registry.service.ControlZones;
import city.hotline.registry.service.ImportSummary;
import city.hotline.registry.service.PlaceRegister;
import city.hotline.registry.service.PlaceTree;
import city.hotline.registry.service.ResidentForm;
import city.hotline.registry.service.ResidentRegister;
import city.hotline.registry.service.SaveCounts;
import city.hotline.registry.service.ServiceDirectories;
import city.hotline.registry.service.ServiceDirectoryForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the places and people of the seed reports (see docs/demo-data.md) through the same imports
 * as any register, so the other services learn them by the same events: the places and workers,
 * the residents the articles speak of, their control zones and service card, and generated
 * households for the figures the articles give.
 * Loading again changes nothing and emits nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String PLACES = "demo/places.json";
    private static final String RESIDENTS = "demo/residents.json";
    private static final String ZONES = "demo/zones.json";

    /** Residents per household where an article gives households but not residents. */
    private static final int RESIDENTS_PER_HOUSEHOLD = 2;

    /** Households where an article gives residents but not households: the city's average of 2.6. */
    private static final double HOUSEHOLD_SIZE = 2.6;

    /** The residents of the seed reports, as {@code demo/residents.json} holds them. */
    record NamedResidents(List<ResidentForm> residents) {
    }

    /** The control zones and service cards of the seed reports, as {@code demo/zones.json} holds them. */
    record ZonesAndCards(List<ControlZoneForm> controlZones, List<Card> serviceDirectories) {

        record Card(String communityCode, ServiceDirectoryForm directory) {
        }
    }

    private final PlaceRegister places;
    private final ResidentRegister residents;
    private final ControlZones controlZones;
    private final ServiceDirectories directories;
    private final CommunityRepository communities;
    private final HouseholdRepository registeredHouseholds;
    private final ObjectMapper json;
    private final boolean enabled;

    DemoData(PlaceRegister places, ResidentRegister residents, ControlZones controlZones,
            ServiceDirectories directories, CommunityRepository communities, HouseholdRepository registeredHouseholds,
            ObjectMapper json,
            @ConfigProperty(name = "hotline.demo-data.enabled") boolean enabled) {
        this.places = places;
        this.residents = residents;
        this.controlZones = controlZones;
        this.directories = directories;
        this.communities = communities;
        this.registeredHouseholds = registeredHouseholds;
        this.json = json;
        this.enabled = enabled;
    }

    /**
     * Places, workers and named residents are there when the service starts taking requests; the
     * generated households (some ten thousand residents, the first time a few tens of seconds on a
     * busy laptop) follow in the background, so start-up stays short.
     */
    void onStart(@Observes StartupEvent startup) throws IOException {
        if (enabled) {
            loadNamed();
            Thread loader = new Thread(() -> {
                try {
                    loadGenerated();
                } catch (RuntimeException failure) {
                    LOG.error("Generated demo residents could not be loaded", failure);
                }
            }, "demo-data-generated");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** Loads everything; what is loaded already is left as it is. */
    public void load() throws IOException {
        loadNamed();
        loadGenerated();
    }

    private void loadNamed() throws IOException {
        long start = System.nanoTime();
        ImportSummary summary = places.importTree(read());
        SaveCounts named = residents.saveAll(read(RESIDENTS, NamedResidents.class).residents(), false);
        ZonesAndCards zonesAndCards = read(ZONES, ZonesAndCards.class);
        zonesAndCards.controlZones().forEach(controlZones::save);
        zonesAndCards.serviceDirectories().forEach(card -> directories.publish(card.communityCode(), card.directory()));
        LOG.infof("Demo data loaded in %d ms: %d communities and %d workers new or changed, "
                        + "%d residents of the seed reports new or changed",
                (System.nanoTime() - start) / 1_000_000, summary.communitiesChanged(), summary.workersChanged(),
                named.created() + named.updated());
    }

    private void loadGenerated() {
        long start = System.nanoTime();
        int generated = 0;
        for (List<ResidentForm> community : generatedResidents()) {
            generated += residents.saveAll(community, true).created();
        }
        LOG.infof("Generated demo residents loaded in %d ms: %d new", (System.nanoTime() - start) / 1_000_000,
                generated);
    }

    /** The demo register of places and workers as bundled in the build. */
    public PlaceTree read() throws IOException {
        return read(PLACES, PlaceTree.class);
    }

    /** For each community whose article gives a figure, its generated residents, in code order. */
    List<List<ResidentForm>> generatedResidents() {
        return QuarkusTransaction.joiningExisting().call(this::generate);
    }

    private List<List<ResidentForm>> generate() {
        List<Community> withFigures = communities.list("households is not null or residents is not null order by code");
        return withFigures.stream().map(community -> {
            List<String> buildings = community.compounds.stream()
                    .flatMap(compound -> compound.buildings.stream())
                    .map(building -> building.qualifiedName())
                    .sorted()
                    .toList();
            int households = community.households != null ? community.households
                    : (int) Math.round(community.residents / HOUSEHOLD_SIZE);
            int people = community.residents != null ? community.residents : households * RESIDENTS_PER_HOUSEHOLD;
            // The named households of the seed reports count towards their compound's figure.
            Map<String, Integer> compoundFigures = community.compounds.stream()
                    .filter(compound -> compound.households != null)
                    .collect(Collectors.toMap(compound -> compound.name,
                            compound -> compound.households - (int) registeredHouseholds.countNamedIn(compound)));
            return GeneratedResidents.of(community.code, buildings, households, people,
                    withFigures.indexOf(community) + 1, compoundFigures);
        }).toList();
    }

    private <T> T read(String resource, Class<T> type) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the build");
            }
            return json.readValue(in, type);
        }
    }
}
