package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ControlZoneAndDirectoryTest {

    private static final String COMMUNITY = "110101098005";

    @BeforeEach
    void community() {
        TestPlaces.community(COMMUNITY, "后永康测试社区", "后永康胡同6号院", "整院", "2号楼");
    }

    @Test
    void aBuildingIsUnderControlFromTheStartUntilTheZoneIsLifted() {
        String id = given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "name": "后永康胡同封控区", "kind": "LOCKDOWN",
                 "buildings": ["后永康胡同6号院/整院"], "startsAt": "2022-05-14T00:00:00+08:00"}
                """.formatted(COMMUNITY))
                .when().post("/api/control-zones")
                .then().statusCode(201).extract().path("zone.zoneId");

        status("后永康胡同6号院/整院", "2022-05-20T10:00:00+08:00")
                .body("underControl", equalTo(true)).body("zones.kind", contains("LOCKDOWN"));
        status("后永康胡同6号院/整院", "2022-05-13T23:59:00+08:00").body("underControl", equalTo(false));
        status("后永康胡同6号院/2号楼", "2022-05-20T10:00:00+08:00").body("underControl", equalTo(false));

        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "name": "后永康胡同封控区", "kind": "LOCKDOWN",
                 "buildings": ["后永康胡同6号院/整院"], "startsAt": "2022-05-14T00:00:00+08:00",
                 "endsAt": "2022-05-28T00:00:00+08:00"}
                """.formatted(COMMUNITY))
                .when().put("/api/control-zones/{id}", id)
                .then().statusCode(200);
        status("后永康胡同6号院/整院", "2022-05-28T00:00:00+08:00").body("underControl", equalTo(false));
        TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id) && record.value().contains("2022-05-27T16:00:00Z"),
                Duration.ofSeconds(30));
    }

    @Test
    void aZoneOfUnknownBuildingsOrEndingBeforeItStartsIsRefused() {
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "name": "错", "kind": "CONTROLLED",
                 "buildings": ["后永康胡同6号院/9号楼"], "startsAt": "2022-05-14T00:00:00+08:00"}
                """.formatted(COMMUNITY))
                .when().post("/api/control-zones")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("buildings"));
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "name": "错", "kind": "CONTROLLED", "buildings": ["后永康胡同6号院/整院"],
                 "startsAt": "2022-05-14T00:00:00+08:00", "endsAt": "2022-05-01T00:00:00+08:00"}
                """.formatted(COMMUNITY))
                .when().post("/api/control-zones")
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
    }

    @Test
    void aCommunitysServiceCardIsPublishedAndReadBack() {
        given().contentType(ContentType.JSON).body("""
                {"lines": [
                  {"kind": "GAS_CYLINDER", "name": "燃气服务热线", "phone": "96777", "hours": "24小时"},
                  {"kind": "VEGETABLES", "name": "蔬菜保供点", "phone": "13800019001"},
                  {"kind": "MEDICINE", "name": "买药就医", "phone": "13800019002"}]}
                """)
                .when().put("/api/communities/{c}/service-directory", COMMUNITY)
                .then().statusCode(200);

        given().when().get("/api/communities/{c}/service-directory", COMMUNITY)
                .then().statusCode(200)
                .body("lines.kind", contains("GAS_CYLINDER", "VEGETABLES", "MEDICINE"))
                .body("lines[0].phone", equalTo("96777"));
        TestEvents.readUntil(Topics.REGISTRY,
                record -> COMMUNITY.equals(record.key()) && record.value().contains("蔬菜保供点"),
                Duration.ofSeconds(30));

        given().contentType(ContentType.JSON).body("{\"lines\": [{\"kind\": \"GAS_CYLINDER\", \"name\": \"x\", \"phone\": \"abc\"}]}")
                .when().put("/api/communities/{c}/service-directory", COMMUNITY)
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/communities/{c}/service-directory", COMMUNITY)
                .then().body("lines[0].phone", equalTo("96777"));
    }

    private static io.restassured.response.ValidatableResponse status(String building, String at) {
        return given().queryParam("community", COMMUNITY).queryParam("building", building).queryParam("at", at)
                .when().get("/api/control-zones/status")
                .then().statusCode(200);
    }
}
