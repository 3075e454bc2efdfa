package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.BadInputCorpus;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every endpoint that takes a body, sent the bad-input corpus: refused cleanly, or kept as sent. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class BadInputCorpusTest {

    private static final String COMMUNITY = "110101099301";

    @Inject
    DataSource database;

    @Inject
    CommunityViewRepository communities;

    @Test
    void everyBadInputIsRefusedCleanlyAndStoresNothing() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "坏输入社区", "110101099000", "东四街道", "110101000000", "东城区", "110100000000", "北京市"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        String call = given().contentType(ContentType.JSON).body("{\"text\": \"楼道里的灯坏了\"}")
                .post("/api/calls").then().statusCode(201).extract().path("id");
        String answer = given().contentType(ContentType.JSON).body(POLICY_ANSWER)
                .post("/api/answers").then().statusCode(201).extract().path("id");

        BadInputCorpus.of("hotline-intake", database)
                .example("POST /api/calls", """
                        {"text": "东四二条11号院3号楼独居老人家里没有暖气了", "callerPhone": "13800001234",
                         "callerName": "张女士", "channel": "PHONE", "receivedAt": "2022-12-05T09:30:00+08:00",
                         "communityCode": "%s", "address": "东四二条11号院3号楼"}""".formatted(COMMUNITY))
                .example("PUT /api/calls/{id}/classification",
                        "{\"type\": \"COMPLAINT\", \"urgency\": \"URGENT\", \"category\": \"HEATING\", \"operator\": \"话务员王芳\"}")
                .example("PUT /api/calls/{id}/place",
                        "{\"communityCode\": \"%s\", \"building\": \"东四二条11号院/3号楼\", \"operator\": \"话务员王芳\"}"
                                .formatted(COMMUNITY))
                .example("POST /api/classifications", "{\"text\": \"我家老人在透析，小区封控出不去，请社区帮忙协调车辆\"}")
                .example("POST /api/answers", POLICY_ANSWER)
                .example("PUT /api/answers/{id}", POLICY_ANSWER)
                .example("POST /open311/v2/requests.{format}", "api_key=test-311-key&service_code=heating"
                        + "&description=暖气坏了三天了&address_string=美术馆后街社区22号院&lat=39.93&long=116.41"
                        + "&phone=13500000001&first_name=张&last_name=三")
                .errorsAs("POST /open311/v2/requests.{format}", "application/json")
                .pathValue("id", call)
                .pathValue("PUT /api/answers/{id}", "id", () -> answer)
                .pathValue("format", "json")
                .run();
    }

    // Keywords no other test's consultation uses: the answers the corpus stores stay in the shared database.
    private static final String POLICY_ANSWER = """
            {"question": "图书馆几点闭馆", "answer": "区图书馆每日20:00闭馆，周一闭馆。",
             "category": "OTHER", "keywords": ["图书馆", "闭馆"], "validFrom": "2022-12-05",
             "validUntil": "2023-12-31"}""";
}
