package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.TicketOpened;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.PlaceNameRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PlacingCallsTest {

    /** 广外街道 广立南区社区 with the 广立南区 compound, as the registry announces it. */
    static final String GUANGLI = "110102099001";
    /** 东四二条社区 and its 11号院. */
    static final String ERTIAO = "110101099002";
    static final String RESIDENT_PHONE = "13911112222";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    CallRepository calls;

    @Inject
    ResidentPhoneRepository residentPhones;

    @Inject
    PlaceNameRepository placeNames;

    @BeforeAll
    static void registryAnnouncesCommunitiesWorkersAndResidents() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, GUANGLI, GUANGLI, new CommunityRegistered(
                GUANGLI, "广立南区社区", "110102099000", "广外街道", "110102000000", "西城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, ERTIAO, ERTIAO, new CommunityRegistered(
                ERTIAO, "东四二条南社区", "110101099000", "东四街道", "110101000000", "东城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.WORKER_REGISTERED, GUANGLI, "w-guangli-1", new WorkerRegistered("w-guangli-1",
                GUANGLI, "刘强", "GRID_WORKER", "网格员", "13800009999", List.of("广立南区/9号楼", "广立南区/10号楼"), true));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, ERTIAO, "r-ertiao-1", new ResidentRegistered("r-ertiao-1",
                ERTIAO, 7001, "东四二条南11号院/3号楼", "2", "301", "ELDER", List.of("ELDERLY_ALONE"), "PHONE",
                RESIDENT_PHONE, true, false));
    }

    @Test
    void aCallerKnownByPhoneIsPlacedAtHomeAndTheTicketCarriesTheBuilding() {
        awaitRegistryKnown();
        String ticketId = given().contentType(ContentType.JSON)
                .body("{\"text\": \"家里暖气不热，老人冻得受不了，请尽快来修\", \"callerPhone\": \"%s\"}".formatted(RESIDENT_PHONE))
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("communityCode", equalTo(ERTIAO))
                .body("building", equalTo("东四二条南11号院/3号楼"))
                .body("ticketId", matchesPattern("BJ\\d{8}-\\d{6}"))
                .extract().path("ticketId");

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS, record ->
                record.value().contains(ticketId) && record.value().contains("\"building\""), BOUND);
        TicketOpened opened = EventJson.read(read.get(read.size() - 1).value(), TicketOpened.class);
        assertThat(opened.building()).isEqualTo("东四二条南11号院/3号楼");
    }

    @Test
    void aCallIsPlacedAtTheLongestPlaceItsTextNames() {
        awaitRegistryKnown();
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"广立南区 9号楼 楼道灯坏了，晚上看不见路，请帮忙报修\"}")
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("communityCode", equalTo(GUANGLI))
                .body("building", equalTo("广立南区/9号楼"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"小区门口的垃圾好几天没人清运了，请帮忙处理\", \"address\": \"广立南区东门\"}")
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("communityCode", equalTo(GUANGLI))
                .body("building", nullValue());
    }

    @Test
    void aCallNobodyCanPlaceWaitsForAnOperatorWhoPlacesItAndOpensItsTicket() {
        awaitRegistryKnown();
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\": \"我家楼下的井盖丢了，很危险，请尽快处理\", \"callerPhone\": \"13700000001\"}")
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("communityCode", nullValue())
                .body("ticketId", nullValue())
                .extract().path("id");
        given().when().get("/api/calls?unplaced=true&size=200")
                .then().statusCode(200).body("calls.id", hasItem(id));

        // The operator is who the token names; the body's operator, kept for older clients, is ignored.
        String ticketId = given().header(TestTokens.as(new Grant("op-wangfang", Role.OPERATOR, null, null)))
                .contentType(ContentType.JSON)
                .body("{\"communityCode\": \"%s\", \"building\": \"广立南区/10号楼\", \"operator\": \"话务员李强\"}".formatted(GUANGLI))
                .when().put("/api/calls/" + id + "/place")
                .then().statusCode(200)
                .body("communityCode", equalTo(GUANGLI))
                .body("building", equalTo("广立南区/10号楼"))
                .body("ticketId", matchesPattern("BJ\\d{8}-\\d{6}"))
                .extract().path("ticketId");
        given().when().get("/api/calls?unplaced=true&size=200")
                .then().statusCode(200).body("calls.id", not(hasItem(id)));
        TestEvents.readUntil(Topics.CALLS, record -> record.value().contains(ticketId)
                && record.value().contains("\"summary\""), BOUND);
        TestEvents.readUntil(Topics.CALLS, record -> record.value().contains(id)
                && record.value().contains("op-wangfang") && !record.value().contains("话务员李强"), BOUND);

        given().contentType(ContentType.JSON)
                .body("{\"communityCode\": \"%s\", \"operator\": \"话务员王芳\"}".formatted(ERTIAO))
                .when().put("/api/calls/" + id + "/place")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void placingInAnUnknownCommunityIsRefusedAndTheCallStaysUnplaced() {
        awaitRegistryKnown();
        String id = given().contentType(ContentType.JSON).body("{\"text\": \"路灯不亮了，请来修一下\"}")
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body("{\"communityCode\": \"999999999999\", \"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + id + "/place")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("communityCode"));
        given().when().get("/api/calls/" + id).then().statusCode(200).body("communityCode", nullValue());
    }

    @Test
    void callsAreListedByCommunityTypeAndTimeOnePageAtATime() {
        awaitRegistryKnown();
        for (String day : List.of("2022-12-01", "2022-12-02", "2022-12-03")) {
            given().contentType(ContentType.JSON)
                    .body("""
                            {"text": "楼道里的灯坏了，请帮忙报修", "communityCode": "%s", "receivedAt": "%sT02:00:00Z"}
                            """.formatted(GUANGLI, day))
                    .when().post("/api/calls").then().statusCode(201);
        }
        String query = "/api/calls?community=%s&type=REQUEST&from=2022-12-01T00:00:00Z&to=2022-12-03T00:00:00Z"
                .formatted(GUANGLI);
        given().when().get(query + "&size=1&page=1")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("calls.size()", equalTo(1))
                .body("calls[0].receivedAt", equalTo("2022-12-02T02:00:00Z"));
        given().when().get("/api/calls?size=0").then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/calls?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().when().get("/api/calls?type=GOSSIP").then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    private void awaitRegistryKnown() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() ->
                residentPhones.findByIdOptional("r-ertiao-1").isPresent()
                        && placeNames.longestNamedIn("广立南区9号楼", null).isPresent()
                        && placeNames.longestNamedIn("东四二条南", null).isPresent()));
    }
}
