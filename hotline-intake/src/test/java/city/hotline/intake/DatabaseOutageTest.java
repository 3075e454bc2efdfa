package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DatabaseOutageTest {

    /** 交道口社区, Beijing. */
    private static final String JIAODAOKOU = "110101006101";
    private static final Duration BOUND = Duration.ofSeconds(60);
    /** An operator's client must not hang on a call: a refusal comes at once, not after a pool or socket timeout. */
    private static final Duration QUICK = Duration.ofSeconds(3);

    @BeforeAll
    static void registryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, JIAODAOKOU, JIAODAOKOU, new CommunityRegistered(
                JIAODAOKOU, "交道口社区", "110101006000", "交道口街道", "110101000000", "东城区", "110100000000", "北京市"));
    }

    @Test
    void whileTheDatabaseIsDownACallIsRefusedAtOnceWithRetryAfterAndTakenOnceWhenRetried() {
        await().atMost(BOUND).until(() -> take("outage-warm-up").statusCode() == 201);

        try (var outage = HotlineInfrastructure.databaseOutage()) {
            long start = System.nanoTime();
            Response refused = take("outage-1");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            refused.then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("status", equalTo(503));
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
            assertThat(took).isLessThan(QUICK);
            given().get("/q/health/ready").then().statusCode(503);
        }

        // As an operator's client would: the same call again, with the same key, until it is taken.
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> take("outage-1").statusCode() == 201);
        String id = take("outage-1").then().statusCode(201).extract().path("id");
        given().get("/api/calls/" + id).then().statusCode(200).body("communityCode", equalTo(JIAODAOKOU));
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static Response take(String idempotencyKey) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body("""
                        {"text": "交道口东大街5号院2号楼楼道灯坏了一个星期，晚上看不见，请帮忙报修",
                         "communityCode": "%s"}""".formatted(JIAODAOKOU))
                .post("/api/calls");
    }
}
