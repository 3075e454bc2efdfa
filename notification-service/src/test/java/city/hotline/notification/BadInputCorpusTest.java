package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.WorkerRepository;
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

    // A community of its own: what the corpus stores stays in the database the other test classes share.
    private static final String COMMUNITY = "110101004981";

    @Inject
    DataSource database;

    @Inject
    CommunityRepository communities;

    @Inject
    WorkerRepository workers;

    @Test
    void everyBadInputIsRefusedCleanlyAndStoresNothing() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "坏输入测试社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        Workers.registered(workers, COMMUNITY, "申海雁", "13900000301", List.of("钟库胡同1号院/3号楼"));
        String subscription = given().contentType(ContentType.JSON).body(SUBSCRIPTION).post("/api/subscriptions")
                .then().statusCode(201).extract().path("id");

        BadInputCorpus.of("notification-service", database)
                .example("POST /api/broadcasts", """
                        {"communityCode": "%s", "message": "明天上午8点起3号楼停水4小时，请提前储水。",
                         "audience": "RECIPIENTS", "recipients": [{"name": "魏先生", "phone": "13800001234",
                         "building": "钟库胡同1号院/3号楼"}], "channel": "SMS", "urgent": false,
                         "sendAt": "2022-12-05T18:00:00+08:00"}""".formatted(COMMUNITY))
                .example("POST /api/subscriptions", SUBSCRIPTION)
                .example("POST /api/gateway-sink/{channel}",
                        "{\"to\": \"13800001234\", \"text\": \"您的工单已受理\", \"reference\": \"BJ20221205-000001\"}")
                .pathValue("channel", "sms")
                .pathValue("id", subscription)
                .run();
    }

    private static final String SUBSCRIPTION = """
            {"communityCode": "%s", "url": "https://zhonglouwan.example.cn/hotline/events",
             "secret": "0123456789abcdef0123"}""".formatted(COMMUNITY);
}
