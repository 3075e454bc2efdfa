package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import city.hotline.events.Category;
import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class TicketNoticesTest {

    static final String COMMUNITY = "110101004001";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void theAssignedWorkerIsToldOnceOfTheTicketAndItsDeadline() {
        String ticketId = "BJ20221205-200001";
        CloudEvent assigned = CloudEvent.of(EventType.TICKET_ASSIGNED, "/test", ticketId, new TicketAssigned(ticketId,
                COMMUNITY, "1c3f0a52-0000-4000-8000-000000000001", "申海雁", Urgency.URGENT, Category.MEDICAL,
                "魏先生需要透析用车", OffsetDateTime.parse("2022-12-05T09:00:00+08:00"),
                OffsetDateTime.parse("2022-12-05T09:15:00+08:00"), OffsetDateTime.parse("2022-12-05T11:00:00+08:00")));
        TestEvents.publish(Topics.TICKETS, COMMUNITY, assigned);
        TestEvents.publish(Topics.TICKETS, COMMUNITY, assigned);
        String marker = "BJ20221205-200002";
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, marker, new TicketAssigned(marker, COMMUNITY,
                "1c3f0a52-0000-4000-8000-000000000002", "李社工", Urgency.NORMAL, Category.OTHER, "楼道灯坏了",
                OffsetDateTime.now(), OffsetDateTime.now().plusHours(2), OffsetDateTime.now().plusDays(7)));

        await().atMost(BOUND).until(() -> given().queryParam("ticketId", marker).get("/api/notifications")
                .then().extract().jsonPath().getList("$").size() == 1);
        given().queryParam("ticketId", ticketId)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].recipientKind", equalTo("WORKER"))
                .body("[0].recipientName", equalTo("申海雁"))
                .body("[0].message", containsString("紧急工单 " + ticketId))
                .body("[0].message", containsString("12月5日 09:15前受理"));
    }

    @Test
    void askingWithoutATicketIsRefusedNamingTheParameter() {
        given().when().get("/api/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("ticketId"));
    }
}
