package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.events.CallReceived;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EventType;
import city.hotline.events.Urgency;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 表扬: the community's secretary hears of each praise call, and of nothing else intake takes. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class PraiseNoticesTest {

    static final String COMMUNITY = "110101004301";

    @Inject
    WorkerRepository workers;

    @Test
    void theSecretaryIsToldOfPraiseButNotOfComplaints() {
        String secretary = Workers.registered(workers, COMMUNITY, "申海雁", "SECRETARY", "13900000301", List.of());
        Workers.registered(workers, COMMUNITY, "张颖", "COMMUNITY_WORKER", "13900000302", List.of());
        String complaint = UUID.randomUUID().toString();
        TestEvents.publish(EventType.CALL_RECEIVED, COMMUNITY, complaint, call(complaint, CallType.COMPLAINT));
        String praise = UUID.randomUUID().toString();
        TestEvents.publish(EventType.CALL_RECEIVED, COMMUNITY, praise, call(praise, CallType.PRAISE));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .queryParam("recipient", secretary).queryParam("status", "SENT")
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].eventType", equalTo("hotline.call.received"))
                .body("items[0].message", equalTo("申海雁您好，" + COMMUNITY + "于12月5日 10:30收到一条表扬来电（来电编号 "
                        + praise + "）。"))
                .body("items[0].deliveries.channel", equalTo(List.of("IN_APP"))));
    }

    static CallReceived call(String callId, CallType type) {
        return new CallReceived(callId, COMMUNITY, "PHONE", type, Urgency.NORMAL, Category.OTHER, 0.9,
                OffsetDateTime.parse("2022-12-05T10:30:00+08:00"), null, false);
    }
}
