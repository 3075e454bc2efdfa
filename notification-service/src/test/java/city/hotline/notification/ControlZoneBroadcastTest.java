package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.ControlZoneRegistered;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ControlZoneRepository;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** 封控区通知: a broadcast to the households of a control zone's buildings, as the registry announced the zone. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class ControlZoneBroadcastTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String COMMUNITY = "110101004401";

    @Inject
    CommunityRepository communities;

    @Inject
    ResidentRepository residents;

    @Inject
    ControlZoneRepository controlZones;

    @Inject
    ShiftedClock clock;

    @AfterEach
    void backToMorning() {
        clock.reset();
    }

    @Test
    void theHouseholdsOfTheZonesBuildingsAreToldAndNoOtherHousehold() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "广立南区社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        resident("r-guangli-1", 1, "广立南区/9号楼", "13800400001");
        resident("r-guangli-2", 2, "广立南区/9号楼", "13800400002");
        resident("r-guangli-3", 3, "广立南区/10号楼", "13800400003");
        resident("r-guangli-4", 4, "广立南区/11号楼", "13800400004");
        String zone = "zone-guangli-1";
        TestEvents.publish(EventType.CONTROL_ZONE_REGISTERED, COMMUNITY, zone, new ControlZoneRegistered(zone,
                COMMUNITY, "广立南区封控区", "LOCKDOWN", List.of("广立南区/9号楼", "广立南区/10号楼"),
                OffsetDateTime.parse("2022-12-01T00:00:00+08:00"), null));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() ->
                communities.findByIdOptional(COMMUNITY).isPresent()
                        && residents.findByIdOptional("r-guangli-4").isPresent()
                        && !controlZones.buildingsOf(zone, COMMUNITY).isEmpty()));
        String message = "9号楼、10号楼今日起临时封控，生活物资由社区统一配送，有需求请联系楼门长。";

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", COMMUNITY, "message", message, "audience", "RESIDENTS",
                        "controlZoneId", zone, "urgent", true))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .body("recipients", equalTo(3))
                .body("controlZoneId", equalTo(zone))
                .extract().path("id");

        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + id)
                .then().statusCode(200)
                // Each SMS stands in front of a door visit, skipped once the SMS is sent.
                .body("deliveries", equalTo(Map.of("SMS", Map.of("SENT", 3), "DOOR_VISIT", Map.of("SKIPPED", 3)))));
        assertThat(FakeReceivers.acceptedAt("/sms", message))
                .extracting(FakeReceivers.Received::body)
                .noneMatch(body -> body.contains("13800400004"))
                .anyMatch(body -> body.contains("13800400003"));
    }

    @Test
    void aZoneTheRegistryHasNotAnnouncedIsRefused() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, "110101004402", "110101004402", new CommunityRegistered(
                "110101004402", "北锣鼓巷社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, "110101004402", "r-beiluo-1", new ResidentRegistered(
                "r-beiluo-1", "110101004402", 1, "北锣鼓巷/1号楼", "", "101", "ADULT", List.of(), "SMS", "13800400009",
                true, false));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.findByIdOptional("r-beiluo-1").isPresent()));
        given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", "110101004402", "message", "封控通知", "audience", "RESIDENTS",
                        "controlZoneId", "zone-nowhere"))
                .when().post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("controlZoneId"));
    }

    /**
     * A zone reaches its households until it is lifted: a lifted zone is refused, a zone yet to start is
     * told ahead, and a broadcast for later whose zone is lifted before it goes reaches nobody.
     */
    @Test
    void aBroadcastReachesAZoneOnlyWhileTheZoneIsNotLifted() {
        String community = "110101004403";
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, community, community, new CommunityRegistered(community,
                "前永康社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, community, "r-qyk-1", new ResidentRegistered("r-qyk-1",
                community, 1, "前永康胡同/7号院", "", "1", "ADULT", List.of(), "SMS", "13800400031", true, false));
        OffsetDateTime now = ShiftedClock.MORNING;
        zone(community, "zone-qyk-lifted", now.minusDays(14), now.minusDays(1));
        zone(community, "zone-qyk-upcoming", now.plusHours(8), null);
        zone(community, "zone-qyk-current", now.minusDays(1), null);
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() ->
                residents.findByIdOptional("r-qyk-1").isPresent()
                        && !controlZones.buildingsOf("zone-qyk-current", community).isEmpty()));

        given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", "解封通知", "audience", "RESIDENTS",
                        "controlZoneId", "zone-qyk-lifted"))
                .when().post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("controlZoneId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", "今晚18时起7号院临时管控，请提前储备生活物资。",
                        "audience", "RESIDENTS", "controlZoneId", "zone-qyk-upcoming"))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .body("recipients", equalTo(1));

        String later = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", "明日核酸检测安排见楼门口通知。",
                        "audience", "RESIDENTS", "controlZoneId", "zone-qyk-current",
                        "sendAt", now.plusHours(2).toString()))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .extract().path("id");
        zone(community, "zone-qyk-current", now.minusDays(1), now.plusHours(1));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() ->
                controlZones.zone("zone-qyk-current", community).map(zone -> zone.endsAt != null).orElse(false)));
        clock.setNow(now.plusHours(2).plusSeconds(1));
        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + later)
                .then().statusCode(200)
                .body("status", equalTo("FANNED_OUT"))
                .body("recipients", equalTo(0)));
    }

    private static void zone(String community, String zoneId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        TestEvents.publish(EventType.CONTROL_ZONE_REGISTERED, community, zoneId, new ControlZoneRegistered(zoneId,
                community, "前永康胡同管控区", "CONTROLLED", List.of("前永康胡同/7号院"), startsAt, endsAt));
    }

    private static void resident(String id, long household, String building, String phone) {
        TestEvents.publish(EventType.RESIDENT_REGISTERED, COMMUNITY, id, new ResidentRegistered(id, COMMUNITY,
                household, building, "", "10" + household, "ADULT", List.of(), "SMS", phone, true, false));
    }
}
