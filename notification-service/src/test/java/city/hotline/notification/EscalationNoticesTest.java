package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EscalationLevel;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketEscalated;
import city.hotline.events.Urgency;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 吹哨: the supervisor and the worker who has the ticket hear of an escalation, not before its time. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class EscalationNoticesTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String ESCALATED = "hotline.ticket.escalated";

    @Inject
    WorkerRepository workers;

    @Inject
    CommunityRepository communities;

    @Inject
    ShiftedClock clock;

    @AfterEach
    void daytime() {
        clock.reset();
    }

    @Test
    void theSecretaryAndTheAssignedWorkerAreBothToldOfAnEscalation() {
        String community = community("110101004701", "交东社区");
        String secretary = Workers.registered(workers, community, "孙书记", "SECRETARY", "13900000701", List.of());
        String worker = Workers.registered(workers, community, "周网格员", "13900000702", List.of());
        String ticketId = "BJ20221205-320001";
        OffsetDateTime now = ShiftedClock.MORNING;
        assign(community, ticketId, worker, "周网格员", now.minusDays(2));
        TestEvents.publish(EventType.TICKET_ESCALATED, community, ticketId, new TicketEscalated(ticketId, community,
                "RESOLVE", EscalationLevel.SECRETARY, community, now.minusHours(1), now, now));

        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "【12345督办】周网格员您好，您承办的工单 "
                + ticketId + " 未在12月5日 09:00前办结，已上报督办，请尽快办理。").size() == 1);
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "【12345督办】孙书记您好，工单 " + ticketId)
                .size() == 1);
        given().header(TestTokens.worker(community, UUID.fromString(worker))).queryParam("recipient", worker)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.eventType", hasItem(ESCALATED))
                .body("items.find { it.eventType == '" + ESCALATED + "' }.message",
                        equalTo("周网格员您好，您承办的工单 " + ticketId + " 未在12月5日 09:00前办结，已上报督办，请尽快办理。"));
        given().queryParam("ticket", ticketId).when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.findAll { it.eventType == '" + ESCALATED + "' }.recipientId",
                        containsInAnyOrder(secretary, worker));
    }

    @Test
    void theWorkerWhoLetTheAcceptanceDeadlinePassIsToldTheTicketMayGoToAnother() {
        String community = community("110101004703", "交南社区");
        String worker = Workers.registered(workers, community, "郑网格员", null, List.of());
        String ticketId = "BJ20221205-320003";
        OffsetDateTime now = ShiftedClock.MORNING;
        assign(community, ticketId, worker, "郑网格员", now.minusHours(3));
        TestEvents.publish(EventType.TICKET_ESCALATED, community, ticketId, new TicketEscalated(ticketId, community,
                "ACCEPT", EscalationLevel.SECRETARY, community, now.minusHours(1), now, now));

        await().atMost(BOUND).untilAsserted(() -> given().queryParam("recipient", worker)
                .queryParam("ticket", ticketId).when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.find { it.eventType == '" + ESCALATED + "' }.message", equalTo("郑网格员您好，您承办的工单 "
                        + ticketId + " 未在12月5日 09:00前受理，已上报督办，可能改派他人。")));
    }

    @Test
    void aNightEscalationToTheStreetIsToldAtItsNotifyAfterTimeAndNotBefore() {
        String community = community("110101004702", "交西社区");
        String worker = Workers.registered(workers, community, "吴网格员", "13900000703", List.of());
        String ticketId = "BJ20221205-320002";
        OffsetDateTime night = OffsetDateTime.parse("2022-12-05T23:00:00+08:00");
        OffsetDateTime morning = OffsetDateTime.parse("2022-12-06T08:30:00+08:00");
        clock.setNow(night);
        assign(community, ticketId, worker, "吴网格员", night.minusDays(3));
        TestEvents.publish(EventType.TICKET_ESCALATED, community, ticketId, new TicketEscalated(ticketId, community,
                "RESOLVE", EscalationLevel.STREET, "110101004", night.minusDays(1), night, morning));

        // Recorded at once, every channel held until 08:30; the worker's inbox does not show it yet.
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("ticket", ticketId)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.findAll { it.eventType == '" + ESCALATED + "' }.recipientId",
                        containsInAnyOrder("110101004", worker)));
        List<String> held = given().queryParam("ticket", ticketId).when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.findAll { it.eventType == '" + ESCALATED + "' }.deliveries.flatten().status",
                        everyItem(equalTo("HELD")))
                .extract().jsonPath()
                .getList("items.findAll { it.eventType == '" + ESCALATED + "' }.deliveries.flatten().nextAttemptAt",
                        String.class);
        assertThat(held).hasSize(3) // the street's inbox; the worker's inbox and SMS
                .allSatisfy(at -> assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(morning.toInstant()));
        given().header(TestTokens.worker(community, UUID.fromString(worker))).queryParam("recipient", worker)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.eventType", not(hasItem(ESCALATED)));
        assertThat(FakeReceivers.acceptedAt("/sms", "您承办的工单 " + ticketId)).isEmpty();

        clock.setNow(morning.plusSeconds(1));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "【12345督办】吴网格员您好，您承办的工单 "
                + ticketId).size() == 1);
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("ticket", ticketId)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.findAll { it.eventType == '" + ESCALATED + "' }.deliveries.flatten().status",
                        everyItem(equalTo("SENT"))));
        given().header(TestTokens.worker(community, UUID.fromString(worker))).queryParam("recipient", worker)
                .when().get("/api/notifications")
                .then().statusCode(200)
                .body("items.eventType", hasItem(ESCALATED));
    }

    private static void assign(String community, String ticketId, String workerId, String workerName,
            OffsetDateTime at) {
        TestEvents.publish(EventType.TICKET_ASSIGNED, community, ticketId, new TicketAssigned(ticketId, community,
                workerId, workerName, Urgency.NORMAL, Category.PROPERTY, "单元门禁损坏", at, at.plusHours(2),
                at.plusDays(1)));
    }

    private String community(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code,
                new CommunityRegistered(code, name, "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }
}
