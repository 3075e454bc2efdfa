package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.Category;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.Urgency;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 22:00-07:00 Beijing time: nothing that can wait wakes a worker's phone. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class QuietHoursTest {

    static final String COMMUNITY = "110101004001";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    WorkerRepository workers;

    @Inject
    ShiftedClock clock;

    @AfterEach
    void backToMorning() {
        clock.reset();
    }

    @Test
    void aNormalTicketsSmsWaitsForMorningWhileAnUrgentOneGoesAtOnce() {
        String workerId = Workers.registered(workers, COMMUNITY, "赵网格员", "13900000002", List.of());
        clock.setNow(OffsetDateTime.parse("2022-12-05T23:30:00+08:00"));
        String normal = "BJ20221205-400001";
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, normal, ticket(normal, workerId, Urgency.NORMAL));

        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("recipient", workerId).queryParam("channel", "SMS")
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("HELD"))
                .body("items[0].nextAttemptAt", equalTo("2022-12-05T23:00:00Z")));

        String urgent = "BJ20221205-400002";
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, urgent, ticket(urgent, workerId, Urgency.URGENT));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", urgent).size() == 1);
        assertThat(FakeReceivers.receivedAt("/sms")).noneMatch(received -> received.body().contains(normal));

        clock.setNow(OffsetDateTime.parse("2022-12-06T07:00:01+08:00"));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", normal).size() == 1);
    }

    static TicketAssigned ticket(String ticketId, String workerId, Urgency urgency) {
        return new TicketAssigned(ticketId, COMMUNITY, workerId, "赵网格员", urgency, Category.HEATING,
                "暖气不热", OffsetDateTime.parse("2022-12-05T23:30:00+08:00"),
                OffsetDateTime.parse("2022-12-06T09:00:00+08:00"), OffsetDateTime.parse("2022-12-08T23:30:00+08:00"));
    }
}
