package city.hotline.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generated districts of Beijing, each of up to 1,000 communities (20 streets of 50) with one compound of a given
 * number of buildings and one on-duty community worker answering for all of them, so that calls spread over thousands
 * of communities as a city's peak does, and each call about a new matter can name a building no earlier call named.
 *
 * <p>The codes start at district 30 of Beijing (1101<b>30</b>000000), clear of the demo register's districts.
 */
public final class CommunityTree {

    public static final String CITY_CODE = "110100000000";
    private static final int FIRST_DISTRICT = 30;
    private static final int STREETS_PER_DISTRICT = 20;
    private static final int COMMUNITIES_PER_STREET = 50;
    private static final int COMMUNITIES_PER_DISTRICT = STREETS_PER_DISTRICT * COMMUNITIES_PER_STREET;
    private static final String COMPOUND = "1号院";

    private final int communities;
    private final int buildings;

    /** @param buildings buildings of each community's compound: 1号楼, 2号楼, … */
    public CommunityTree(int communities, int buildings) {
        if (communities < 1 || communities > 60 * COMMUNITIES_PER_DISTRICT) {
            throw new IllegalArgumentException("between 1 and 60,000 communities, not " + communities);
        }
        if (buildings < 1) {
            throw new IllegalArgumentException("at least one building per community, not " + buildings);
        }
        this.communities = communities;
        this.buildings = buildings;
    }

    /** Buildings of each community's compound. */
    public int buildings() {
        return buildings;
    }

    /** A caller's address in the {@code building}-th building (from 1) of a generated community, as operators note it. */
    public static String address(int building, int unit) {
        return "%s%d号楼%d单元".formatted(COMPOUND, building, unit);
    }

    /** Every generated community's code, in registration order. */
    public List<String> communityCodes() {
        List<String> codes = new ArrayList<>(communities);
        for (int i = 0; i < communities; i++) {
            codes.add(communityCode(i));
        }
        return codes;
    }

    /**
     * One PUT /api/places body per street of 50 communities: the registry imports a body in one transaction, and a
     * whole district of 1,000 outlasts the transaction timeout while the demo residents are still being generated.
     */
    public List<Map<String, Object>> streetTrees() {
        List<Map<String, Object>> trees = new ArrayList<>();
        for (int first = 0; first < communities; first += COMMUNITIES_PER_STREET) {
            int district = FIRST_DISTRICT + first / COMMUNITIES_PER_DISTRICT;
            int street = first % COMMUNITIES_PER_DISTRICT / COMMUNITIES_PER_STREET + 1;
            List<Map<String, Object>> members = new ArrayList<>();
            for (int index = first; index < Math.min(communities, first + COMMUNITIES_PER_STREET); index++) {
                members.add(community(index));
            }
            Map<String, Object> streetNode = Map.of("code", "1101%02d%03d000".formatted(district, street),
                    "name", "压测%d区第%d街道".formatted(district, street), "communities", members);
            Map<String, Object> districtNode = Map.of("code", "1101%02d000000".formatted(district),
                    "name", "压测%d区".formatted(district), "streets", List.of(streetNode));
            trees.add(Map.of("cities", List.of(Map.of("code", CITY_CODE, "name", "北京市",
                    "districts", List.of(districtNode)))));
        }
        return trees;
    }

    /**
     * Registers every community with the registry's {@code PUT /api/places}, a street at a time, as the
     * administrator whose bearer token is given.
     */
    public void registerWith(String registryUrl, String adminToken, ObjectMapper json, Consumer<String> log)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        List<Map<String, Object>> streets = streetTrees();
        int street = 0;
        for (Map<String, Object> body : streets) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(registryUrl + "/api/places"))
                    .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + adminToken)
                    .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The registry refused street " + street + ": "
                        + response.statusCode() + " " + response.body());
            }
            if (++street % 10 == 0 || street == streets.size()) {
                log.accept("registered " + street + " of " + streets.size() + " streets");
            }
        }
    }

    private static String communityCode(int index) {
        int district = FIRST_DISTRICT + index / COMMUNITIES_PER_DISTRICT;
        int street = index % COMMUNITIES_PER_DISTRICT / COMMUNITIES_PER_STREET + 1;
        int community = index % COMMUNITIES_PER_STREET + 1;
        return "1101%02d%03d%03d".formatted(district, street, community);
    }

    private Map<String, Object> community(int index) {
        List<String> names = new ArrayList<>(buildings);
        List<String> qualified = new ArrayList<>(buildings);
        for (int building = 1; building <= buildings; building++) {
            names.add(building + "号楼");
            qualified.add(COMPOUND + "/" + building + "号楼");
        }
        return Map.of(
                "code", communityCode(index),
                "name", "压测第%d社区".formatted(index + 1),
                "compounds", List.of(Map.of("name", COMPOUND, "buildings", names)),
                "workers", List.of(Map.of(
                        "name", "社工%d".formatted(index + 1),
                        "role", "COMMUNITY_WORKER",
                        "title", "社工",
                        "phone", "139%08d".formatted(index + 1),
                        // The intake learns a community's buildings from the workers answering for them.
                        "buildings", qualified)));
    }
}
