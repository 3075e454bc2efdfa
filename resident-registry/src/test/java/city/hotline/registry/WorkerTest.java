package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.EventJson;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class WorkerTest {

    private static final String COMMUNITY = "110101098002";

    @BeforeEach
    void community() {
        TestPlaces.community(COMMUNITY, "东四二条测试社区", "东四二条11号院", "1号楼", "2号楼");
    }

    @Test
    void aBuildingHeadIsRegisteredFoundByBuildingAndDispatchLearnsWhenTheyGoOffDuty() {
        String id = register(head("吴丽测试", "13800008001", "东四二条11号院/1号楼"));

        given().when().get("/api/workers?community={c}&building=东四二条11号院/1号楼&role=BUILDING_HEAD", COMMUNITY)
                .then().statusCode(200)
                .body("items.name", contains("吴丽测试"))
                .body("items[0].phone", equalTo("138****8001"))
                .body("items[0].duties", contains("INVESTIGATOR", "HOTLINE_DUTY"));
        given().when().get("/api/workers/{id}", id)
                .then().statusCode(200).body("phone", equalTo("13800008001"));

        given().contentType(ContentType.JSON).body("{\"onDuty\": false}")
                .when().put("/api/workers/{id}/duty", id)
                .then().statusCode(200).body("onDuty", equalTo(false));

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id) && record.value().contains("\"onDuty\":false"),
                Duration.ofSeconds(30));
        WorkerRegistered offDuty = EventJson.read(read.get(read.size() - 1).value(), WorkerRegistered.class);
        assertThat(read.get(read.size() - 1).key()).isEqualTo(COMMUNITY);
        assertThat(offDuty.buildings()).containsExactly("东四二条11号院/1号楼");
        assertThat(offDuty.duties()).containsExactly("INVESTIGATOR", "HOTLINE_DUTY");
        given().when().get("/api/workers?community={c}&onDuty=true", COMMUNITY)
                .then().body("items.name", not(hasItem("吴丽测试")));
    }

    @Test
    void aWorkerMovedToAnotherBuildingAndThenRemovedIsAnnouncedEachTime() {
        String id = register(head("卢海文测试", "13800008002", "东四二条11号院/1号楼"));

        given().contentType(ContentType.JSON).body(head("卢海文测试", "13800008002", "东四二条11号院/2号楼"))
                .when().put("/api/workers/{id}", id)
                .then().statusCode(200).body("buildings", contains("东四二条11号院/2号楼"));
        given().when().delete("/api/workers/{id}", id).then().statusCode(204);
        given().when().get("/api/workers/{id}", id).then().statusCode(404).contentType("application/problem+json");

        TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id) && "hotline.registry.worker.removed".equals(
                        new String(record.headers().lastHeader("ce_type").value())),
                Duration.ofSeconds(30));
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        given().contentType(ContentType.JSON).body(head("错楼测试", "13800008003", "东四二条11号院/9号楼"))
                .when().post("/api/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("buildings"));
        given().contentType(ContentType.JSON).body(head("错号测试", "12345", "东四二条11号院/1号楼"))
                .when().post("/api/workers")
                .then().statusCode(400).body("errors.field", hasItem("phone"));
        given().contentType(ContentType.JSON).body(head("值班社工", "13800008004", "东四二条11号院/1号楼"))
                .when().post("/api/workers")
                .then().statusCode(409).contentType("application/problem+json");

        given().when().get("/api/workers?community={c}", COMMUNITY)
                .then().body("items.name", not(hasItem("错楼测试"))).body("items.name", not(hasItem("错号测试")));
    }

    private static String register(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/workers")
                .then().statusCode(201).extract().path("id");
    }

    private static String head(String name, String phone, String building) {
        return """
                {"communityCode": "%s", "name": "%s", "role": "BUILDING_HEAD", "title": "楼长",
                 "phone": "%s", "buildings": ["%s"], "duties": ["HOTLINE_DUTY", "INVESTIGATOR"]}
                """.formatted(COMMUNITY, name, phone, building);
    }
}
