package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.events.Category;
import city.hotline.events.CloudEvent;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class TicketNoticesTest {

    static final String COMMUNITY = "110101004001";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    WorkerRepository workers;

    @Test
    void theAssignedWorkerIsToldOnceInTheAppAndBySmsEvenWhenTheEventComesTwice() {
        String workerId = Workers.registered(workers, COMMUNITY, "申海雁", "13900000001", List.of("钟库胡同1号院/1号楼"));
        String ticketId = "BJ20221205-200001";
        CloudEvent assigned = CloudEvent.of(EventType.TICKET_ASSIGNED, "/test", ticketId, new TicketAssigned(ticketId,
                COMMUNITY, workerId, "申海雁", Urgency.URGENT, Category.MEDICAL,
                "魏先生需要透析用车", OffsetDateTime.parse("2022-12-05T09:00:00+08:00"),
                OffsetDateTime.parse("2022-12-05T09:15:00+08:00"), OffsetDateTime.parse("2022-12-05T11:00:00+08:00")));
        TestEvents.publish(Topics.TICKETS, COMMUNITY, assigned);
        TestEvents.publish(Topics.TICKETS, COMMUNITY, assigned);
        String marker = "BJ20221205-200002";
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, marker, new TicketAssigned(marker, COMMUNITY,
                workerId, "申海雁", Urgency.URGENT, Category.OTHER, "楼道灯坏了",
                OffsetDateTime.now(), OffsetDateTime.now().plusHours(2), OffsetDateTime.now().plusDays(7)));

        // Kafka keeps the order, so the second copy has been dropped by the time the marker's SMS is queued;
        // the sender sends in parallel, so either SMS may arrive first.
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", marker).size() == 1
                && FakeReceivers.acceptedAt("/sms", ticketId).size() == 1);
        List<FakeReceivers.Received> sms = FakeReceivers.acceptedAt("/sms", ticketId);
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).body()).contains("13900000001", "【12345】申海雁您好", "紧急工单 " + ticketId,
                "12月5日 09:15前受理", "11:00前办结");

        await().atMost(BOUND).untilAsserted(() -> given().queryParam("ticket", ticketId)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].recipientKind", equalTo("WORKER"))
                .body("items[0].recipientId", equalTo(workerId))
                .body("items[0].recipientName", equalTo("申海雁"))
                .body("items[0].urgent", equalTo(true))
                .body("items[0].message", containsString("紧急工单 " + ticketId))
                .body("items[0].message", containsString("12月5日 09:15前受理"))
                .body("items[0].deliveries.channel", containsInAnyOrder("IN_APP", "SMS"))
                .body("items[0].deliveries.status", everyItem(equalTo("SENT"))));
    }

    @Test
    void aWorkerWithoutAPhoneIsToldInTheAppOnly() {
        String workerId = Workers.registered(workers, COMMUNITY, "李社工", null, List.of());
        String ticketId = "BJ20221205-200003";
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, ticketId, new TicketAssigned(ticketId, COMMUNITY,
                workerId, "李社工", Urgency.NORMAL, Category.OTHER, "楼道灯坏了",
                OffsetDateTime.parse("2022-12-05T10:00:00+08:00"), OffsetDateTime.parse("2022-12-05T12:00:00+08:00"),
                OffsetDateTime.parse("2022-12-12T10:00:00+08:00")));

        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("recipient", workerId).queryParam("status", "SENT")
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].message", equalTo("李社工您好，新工单 " + ticketId + "：楼道灯坏了。请于12月5日 12:00前受理。"))
                .body("items[0].deliveries.channel", equalTo(List.of("IN_APP"))));
    }

    @Test
    void deliveriesAreListedByChannelAndStatusPageByPage() {
        String workerId = Workers.registered(workers, COMMUNITY, "王楼长", "13900000003", List.of());
        for (String ticketId : List.of("BJ20221205-200011", "BJ20221205-200012")) {
            TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, ticketId, new TicketAssigned(ticketId,
                    COMMUNITY, workerId, "王楼长", Urgency.NORMAL, Category.PROPERTY, "电梯停运",
                    OffsetDateTime.now(), OffsetDateTime.now().plusHours(2), OffsetDateTime.now().plusDays(7)));
        }
        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("recipient", workerId).queryParam("channel", "sms").queryParam("status", "SENT")
                .queryParam("size", 1)
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].address", equalTo("13900000003"))
                .body("items[0].attempts", equalTo(1)));
    }

    @Test
    void theApiIsDescribedForClients() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/notifications"))
                .body("paths", hasKey("/api/broadcasts"))
                .body("paths", hasKey("/api/subscriptions/{id}/pause"));
    }

    @Test
    void aStatusThatDoesNotExistIsRefusedNamingTheParameter() {
        given().queryParam("status", "LOST").when().get("/api/notifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("size", 0).when().get("/api/deliveries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }
}
