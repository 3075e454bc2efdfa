package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.EventJson;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.Topics;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ResidentTest {

    private static final String COMMUNITY = "110101098001";

    @BeforeEach
    void community() {
        TestPlaces.community(COMMUNITY, "钟楼湾测试社区", "钟库胡同1号院", "整院", "2号楼");
    }

    @Test
    void aRegisteredResidentIsListedMaskedAndReadInFullOnlyWithAReasonThatIsLoggedWithTheReader() {
        String id = register(wei("101", "13812345678"));

        given().when().get("/api/residents?community={c}&tag=DIALYSIS", COMMUNITY)
                .then().statusCode(200)
                .body("items.find { it.id == '%s' }.name".formatted(id), equalTo("魏先生"))
                .body("items.find { it.id == '%s' }.phone".formatted(id), equalTo("138****5678"))
                .body("items.find { it.id == '%s' }.address".formatted(id), equalTo("钟库胡同1号院/整院 101"));

        given().when().get("/api/residents/{id}", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().header(TestTokens.as(new Grant("fu.hanyun", Role.OPERATOR, null, null)))
                .when().get("/api/residents/{id}?reason=安排透析车辆", id)
                .then().statusCode(200)
                .body("resident.name", equalTo("魏建国"))
                .body("resident.phone", equalTo("13812345678"))
                .body("resident.needs[0].place", equalTo("北京市第六医院"))
                .body("resident.needs[0].atTime", equalTo("17:30:00"))
                .body("resident.needs[0].days", contains("MONDAY", "WEDNESDAY", "FRIDAY"));

        given().when().get("/api/residents/{id}/access-log", id)
                .then().statusCode(200)
                .body("[0].accessedBy", equalTo("fu.hanyun"))
                .body("[0].reason", equalTo("安排透析车辆"));
    }

    @Test
    void theOtherServicesLearnWhereAResidentLivesAndHowToReachThemButNotTheName() {
        String id = register(wei("102", "13812340102"));

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = read.get(read.size() - 1);
        assertThat(record.key()).isEqualTo(COMMUNITY);
        assertThat(record.value()).doesNotContain("魏建国");
        ResidentRegistered registered = EventJson.read(record.value(), ResidentRegistered.class);
        assertThat(registered.building()).isEqualTo("钟库胡同1号院/整院");
        assertThat(registered.tags()).containsExactlyInAnyOrder("DIALYSIS", "ELDERLY_ALONE");
        assertThat(registered.preferredChannel()).isEqualTo("PHONE");
        assertThat(registered.phone()).isEqualTo("13812340102");
        assertThat(registered.contactConsent()).isTrue();
        // The needs notification reminds the resident of, without the note.
        assertThat(record.value()).doesNotContain("闭环转运");
        assertThat(registered.needs()).containsExactly(new ResidentRegistered.Need("DIALYSIS",
                List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(17, 30), "北京市第六医院",
                null));
    }

    @Test
    void theDayAResidentsMedicineRunsOutIsKeptAndAnnouncedForTheReminder() {
        String id = register("""
                {"communityCode": "%s", "building": "钟库胡同1号院/整院", "door": "104", "name": "魏大妈",
                 "phone": "13812340104", "ageBand": "SENIOR", "tags": ["CHRONIC_CARE"], "preferredChannel": "SMS",
                 "contactConsent": true, "shareConsent": false,
                 "needs": [{"kind": "MEDICINE_RESUPPLY", "runsOutOn": "2022-12-10", "note": "降压药"}]}
                """.formatted(COMMUNITY));

        given().when().get("/api/residents/{id}?reason=续药提醒", id)
                .then().statusCode(200)
                .body("resident.needs[0].runsOutOn", equalTo("2022-12-10"));
        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id), Duration.ofSeconds(30));
        ResidentRegistered registered = EventJson.read(read.get(read.size() - 1).value(), ResidentRegistered.class);
        assertThat(registered.needs()).containsExactly(new ResidentRegistered.Need("MEDICINE_RESUPPLY", List.of(),
                null, null, LocalDate.of(2022, 12, 10)));
    }

    @Test
    void aChangedResidentIsChangedAndARemovedOneIsGoneAndAnnounced() {
        String id = register(wei("103", "13812340103"));

        given().contentType(ContentType.JSON).body(wei("103", "13812349999").replace("\"PHONE\"", "\"SMS\""))
                .when().put("/api/residents/{id}", id)
                .then().statusCode(200).body("resident.preferredChannel", equalTo("SMS"));
        given().when().delete("/api/residents/{id}", id).then().statusCode(204);
        given().when().get("/api/residents/{id}?reason=check", id)
                .then().statusCode(404).contentType("application/problem+json");
        TestEvents.readUntil(Topics.REGISTRY,
                record -> record.value().contains(id) && "hotline.registry.resident.removed".equals(
                        new String(record.headers().lastHeader("ce_type").value())),
                Duration.ofSeconds(30));
    }

    @Test
    void theListIsPagedAndFilteredByBuilding() {
        register(wei("2-201", "13812340201").replace("钟库胡同1号院/整院", "钟库胡同1号院/2号楼"));
        register(wei("2-202", "13812340202").replace("钟库胡同1号院/整院", "钟库胡同1号院/2号楼"));

        given().when().get("/api/residents?community={c}&building=钟库胡同1号院/2号楼&size=1", COMMUNITY)
                .then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1)).body("total", equalTo(2));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        given().contentType(ContentType.JSON).body(wei("104", "1381234"))
                .when().post("/api/residents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("phone"));
        given().contentType(ContentType.JSON).body(wei("104", "13812340104").replace("整院", "99号楼"))
                .when().post("/api/residents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("building"));
        given().contentType(ContentType.JSON).body(wei("104", "13812340104").replace(COMMUNITY, "110101098999"))
                .when().post("/api/residents")
                .then().statusCode(400).body("errors.field", hasItem("communityCode"));
        given().contentType(ContentType.JSON).body(wei("104", "13812340104").replace("\"DIALYSIS\"", "\"VIP\""))
                .when().post("/api/residents")
                .then().statusCode(400).contentType("application/problem+json");

        given().when().get("/api/residents?community={c}", COMMUNITY)
                .then().body("items.address", not(hasItem("钟库胡同1号院/整院 104")));
    }

    @Test
    void theSameResidentTwiceInOneHouseholdIsAConflict() {
        register(wei("105", "13812340105"));

        given().contentType(ContentType.JSON).body(wei("105", "13812340105"))
                .when().post("/api/residents")
                .then().statusCode(409).contentType("application/problem+json");
    }

    static String register(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/residents")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static String wei(String door, String phone) {
        return """
                {"communityCode": "%s", "building": "钟库胡同1号院/整院", "door": "%s",
                 "name": "魏建国", "gender": "MALE", "phone": "%s", "ageBand": "SENIOR",
                 "tags": ["DIALYSIS", "ELDERLY_ALONE"], "preferredChannel": "PHONE",
                 "contactConsent": true, "shareConsent": true,
                 "needs": [{"kind": "DIALYSIS", "days": ["MONDAY", "WEDNESDAY", "FRIDAY"], "atTime": "17:30",
                            "place": "北京市第六医院", "note": "闭环转运"}]}
                """.formatted(COMMUNITY, door, phone);
    }
}
