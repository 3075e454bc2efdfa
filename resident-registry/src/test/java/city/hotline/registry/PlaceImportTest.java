package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.registry.demo.DemoData;
import city.hotline.registry.service.PlaceRegister;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PlaceImportTest {

    @Inject
    DemoData demoData;

    @Inject
    PlaceRegister register;

    @Test
    void anImportedCommunityIsListedAndItsWorkersAnnouncedToTheOtherServices() {
        given().contentType(ContentType.JSON).body(tree("110101099001", "东四测试社区", "3号楼"))
                .when().put("/api/places")
                .then().statusCode(200)
                .body("communitiesChanged", equalTo(1)).body("workersChanged", equalTo(1));

        given().when().get("/api/communities")
                .then().statusCode(200).body("code", hasItem("110101099001"));
        given().when().get("/api/communities/110101099001")
                .then().statusCode(200)
                .body("community.streetName", equalTo("东四街道"))
                .body("compounds[0].buildings", hasSize(1))
                .body("workers[0].name", equalTo("张楼长"))
                .body("workers[0].buildings[0]", equalTo("东四二条11号院/3号楼"));

        List<ConsumerRecord<String, String>> registry = TestEvents.readUntil(Topics.REGISTRY,
                record -> "110101099001".equals(record.key()) && record.value().contains("张楼长"),
                Duration.ofSeconds(30));
        WorkerRegistered worker = EventJson.read(registry.get(registry.size() - 1).value(), WorkerRegistered.class);
        assertThat(worker.buildings()).containsExactly("东四二条11号院/3号楼");
        assertThat(worker.onDuty()).isTrue();
    }

    @Test
    void importingTheSameRegisterAgainChangesNothing() {
        String tree = tree("110101099002", "东四复查社区", "5号楼");
        given().contentType(ContentType.JSON).body(tree).when().put("/api/places").then().statusCode(200);

        given().contentType(ContentType.JSON).body(tree)
                .when().put("/api/places")
                .then().statusCode(200)
                .body("communitiesChanged", equalTo(0)).body("workersChanged", equalTo(0));
    }

    @Test
    void aWorkerAnsweringForAnUnknownBuildingIsRefusedAndNothingIsStored() {
        String tree = tree("110101099003", "东四错误社区", "3号楼").replace("\"东四二条11号院/3号楼\"", "\"东四二条11号院/99号楼\"");

        given().contentType(ContentType.JSON).body(tree)
                .when().put("/api/places")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("buildings"));
        given().when().get("/api/communities/110101099003")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCodeThatIsNotTwelveDigitsIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(tree("1101010990", "短码社区", "3号楼"))
                .when().put("/api/places")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void aBuildingNameWithASlashOrAControlCharacterIsRefused() {
        // "compound/building" names a building everywhere: 3/4号楼 would be a building of another compound.
        for (String building : List.of("3/4号楼", "3号楼\\n\\t")) {
            given().contentType(ContentType.JSON).body(tree("110101099004", "斜杠社区", building))
                    .when().put("/api/places")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("buildings"))
                    .body("errors.message", hasItem("must not contain '/' or control characters"));
        }
        given().when().get("/api/communities/110101099004")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDemoRegisterOfTheSeedReportsImportsWhole() throws Exception {
        register.importTree(demoData.read());

        given().when().get("/api/communities")
                .then().statusCode(200)
                .body("name", hasItem("南新村社区"))
                .body("name", hasItem("金晖远洋社区"))
                .body("cityName", hasItem("武汉市"));
        given().when().get("/api/communities/110108008001")
                .then().statusCode(200).body("households", equalTo(1472));
    }

    private static String tree(String communityCode, String communityName, String building) {
        return """
                {"cities": [{"code": "110100000000", "name": "北京市", "districts": [
                  {"code": "110101000000", "name": "东城区", "streets": [
                    {"code": "110101099000", "name": "东四街道", "communities": [
                      {"code": "%s", "name": "%s", "households": 300, "residents": null,
                       "compounds": [{"name": "东四二条11号院", "buildings": ["%s"]}],
                       "workers": [{"name": "张楼长", "role": "BUILDING_HEAD", "title": "楼长", "phone": "13800009999",
                                    "buildings": ["东四二条11号院/%s"]}]}
                    ]}]}]}]}
                """.formatted(communityCode, communityName, building, building);
    }
}
