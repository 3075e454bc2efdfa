package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.registry.demo.DemoData;
import city.hotline.registry.service.PlaceRegister;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class LookupTest {

    @Inject
    DemoData demoData;

    @Inject
    PlaceRegister register;

    @BeforeEach
    void demoPlaces() throws Exception {
        register.importTree(demoData.read());
    }

    @Test
    void theAddressesOfTheSeedReportsResolveToTheirPlaces() {
        given().when().get("/api/lookup/place?q=东四二条11号院")
                .then().statusCode(200)
                .body("[0].level", equalTo("COMPOUND"))
                .body("[0].compound", equalTo("东四二条11号院"))
                .body("[0].communityName", equalTo("东四二条社区"));
        given().when().get("/api/lookup/place?q=广立南区9号楼")
                .then().statusCode(200)
                .body("[0].level", equalTo("BUILDING"))
                .body("[0].building", equalTo("广立南区/9号楼"))
                .body("[0].communityCode", equalTo("130703007001"));
        given().when().get("/api/lookup/place?q=钟楼湾社区")
                .then().statusCode(200)
                .body("[0].level", equalTo("COMMUNITY"))
                .body("[0].communityCode", equalTo("110101004001"));
        given().when().get("/api/lookup/place?q=")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theLookupsAreDescribedForIntegrators() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/lookup/place"))
                .body("paths", hasKey("/api/communities/{code}/residents"))
                .body("paths", hasKey("/api/control-zones/status"));
    }

    @Test
    void aCallersNumberFindsTheirHouseholdAndCommunityHoweverItIsWritten() {
        given().contentType(ContentType.JSON).body("""
                {"communityCode": "110101004001", "building": "钟库胡同1号院/整院", "door": "2",
                 "name": "查号测试", "gender": "FEMALE", "phone": "13912345670", "ageBand": "ADULT",
                 "preferredChannel": "WECHAT", "contactConsent": true, "shareConsent": false}
                """).when().post("/api/residents").then().statusCode(201);

        given().when().get("/api/lookup/phone?number=+86 139-1234-5670")
                .then().statusCode(200)
                .body("communityCode", contains("110101004001"))
                .body("address", contains("钟库胡同1号院/整院 2"))
                .body("name", contains("查女士"));
        given().when().get("/api/lookup/phone?number=13900000000")
                .then().statusCode(200).body("$", empty());
        given().when().get("/api/lookup/phone?number=abc")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
