package city.hotline.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;

import city.hotline.registry.repository.HouseholdRepository;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.registry.demo.DemoData;
import city.hotline.registry.repository.HouseholdRepository;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Inject
    HouseholdRepository households;

    /** Loading is idempotent but takes seconds; once per test run is enough. */
    private static boolean loaded;

    @BeforeEach
    void load() throws Exception {
        if (!loaded) {
            demoData.load();
            loaded = true;
        }
    }

    @Test
    void theFiguresOfTheArticlesAreRealHouseholdsAndResidents() {
        given().when().get("/api/communities/110108008001")
                .then().statusCode(200)
                .body("households", equalTo(1472)).body("householdsRegistered", equalTo(1472));
        given().when().get("/api/communities/110101005001")
                .then().body("householdsRegistered", equalTo(94)).body("residentsRegistered", equalTo(256));
        given().when().get("/api/communities/130703007001")
                .then().body("residentsRegistered", equalTo(6701));
    }

    @Test
    void guangliNanquHoldsTheHouseholdsOfItsOwnFigure() {
        given().when().get("/api/communities/130703007001")
                .then().body("compounds.find { it.name == '广立南区' }.households", equalTo(298));
        long registered = QuarkusTransaction.requiringNew().call(() -> households.count(
                "building.compound.name = ?1 and building.compound.community.code = ?2", "广立南区", "130703007001"));
        assertThat(registered).isEqualTo(298);
    }

    @Test
    void theDialysisResidentOfZhonglouwanIsOnTheSpecialNeedsListWithHisSchedule() {
        given().when().get("/api/communities/110101004001/special-needs")
                .then().statusCode(200)
                .body("name", hasItem("魏先生"))
                .body("find { it.name == '魏先生' }.address", equalTo("钟库胡同1号院/整院 1"))
                .body("find { it.name == '魏先生' }.needs[0].place", equalTo("北京市第六医院"))
                .body("find { it.name == '魏先生' }.needs[0].days", contains("MONDAY", "WEDNESDAY", "FRIDAY"));
    }

    @Test
    void everyCommunityHasSeveralWorkersAndTheBuildingsOfDongsiErtiaoHaveTheirHeads() {
        given().when().get("/api/workers?community=110101006001&role=BUILDING_HEAD")
                .then().body("items", hasSize(5));
        given().when().get("/api/workers?community=110106013001&role=VOLUNTEER")
                .then().body("items.name", hasItem("王卓"));
        given().when().get("/api/communities")
                .then().body("code", hasItem("110108008001"));
        given().when().get("/api/workers?community=110108008001")
                .then().body("total", greaterThanOrEqualTo(3));
    }

    @Test
    void theHouyongkangLockdownAndItsServiceCardAreThere() {
        given().queryParam("community", "110101005001").queryParam("building", "后永康胡同26号院/整院")
                .queryParam("at", "2022-05-25T12:00:00+08:00")
                .when().get("/api/control-zones/status")
                .then().statusCode(200).body("underControl", equalTo(true));
        given().when().get("/api/communities/110101005001/service-directory")
                .then().statusCode(200).body("lines", hasSize(6));
    }

    @Test
    void generatedResidentsAreMarkedAsSuch() {
        given().when().get("/api/residents?community=110108008001&size=20")
                .then().body("items.generated", everyItem(equalTo(true)));
    }
}
