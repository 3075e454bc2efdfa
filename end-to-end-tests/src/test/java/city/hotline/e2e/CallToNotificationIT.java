package city.hotline.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.stack.Service;
import city.hotline.stack.Stack;
import city.hotline.stack.StackOptions;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A citizen's call through the four services as separate processes, on one PostgreSQL and one
 * Kafka, with the demo register of the seed reports: from the operator's POST to the worker's
 * notification and the caller's text message with the ticket number.
 */
class CallToNotificationIT {

    /** 钟楼湾社区, 东城区安定门街道, Beijing. */
    static final String ZHONGLOUWAN = "110101004001";
    static final Duration BOUND = Duration.ofSeconds(60);

    static Stack stack;

    @BeforeAll
    static void startTheStack() {
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        stack = Stack.start(StackOptions.ephemeral(projectRoot)
                .withDemoData(true)
                .withLogDirectory(Path.of("target", "stack-logs").toAbsolutePath()));
        // The operator's, the worker's and the notifications' sides of the flow, all as an administrator.
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + stack.token(Grant.of(Role.ADMIN))).build();
    }

    @AfterAll
    static void stopTheStack() {
        RestAssured.reset();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aCallBecomesATicketAssignedToAWorkerOfItsCommunityWhoIsNotified() {
        List<String> communityWorkers = await().atMost(BOUND).until(
                () -> given().get(stack.url(Service.RESIDENT_REGISTRY) + "/api/communities/" + ZHONGLOUWAN)
                        .then().extract().response(),
                response -> response.statusCode() == 200)
                .jsonPath().getList("workers.id");

        // Intake learns the community from the registry's events; until then it refuses the code,
        // and the operator's client retries with the same key, which never makes a second call.
        Response taken = await().atMost(BOUND).until(() -> given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "e2e-zhonglouwan-1")
                .body(Map.of(
                        "text", "钟库胡同1号院魏先生要去医院透析，小区封控出不去，请社区帮忙协调车辆，很急",
                        "callerPhone", "13800001234",
                        "communityCode", ZHONGLOUWAN))
                .post(stack.url(Service.HOTLINE_INTAKE) + "/api/calls"),
                response -> response.statusCode() == 201);
        String ticketId = taken.path("ticketId");
        assertThat(ticketId).matches("BJ\\d{8}-\\d{6}");
        assertThat((String) taken.path("urgency")).isEqualTo("URGENT");

        JsonPath ticket = await().atMost(BOUND).until(
                () -> given().get(stack.url(Service.DISPATCH_SERVICE) + "/api/tickets/" + ticketId)
                        .then().extract().response(),
                response -> response.statusCode() == 200 && "ASSIGNED".equals(response.path("status")))
                .jsonPath();
        assertThat(ticket.getString("communityCode")).isEqualTo(ZHONGLOUWAN);
        assertThat(communityWorkers).contains(ticket.getString("assignee.workerId"));

        // The worker is told of the ticket, and the caller of its number.
        JsonPath notifications = await().atMost(BOUND).until(
                () -> given().queryParam("ticket", ticketId)
                        .get(stack.url(Service.NOTIFICATION_SERVICE) + "/api/notifications")
                        .then().extract().response(),
                response -> response.statusCode() == 200 && response.jsonPath().getList("items").size() >= 2)
                .jsonPath();
        assertThat(notifications.getList("items.recipientKind", String.class))
                .containsExactlyInAnyOrder("WORKER", "CALLER");
        assertThat(notifications.getList("items.findAll { it.recipientKind == 'WORKER' }.recipientId", String.class))
                .containsExactly(ticket.getString("assignee.workerId"));
        assertThat(notifications.getList("items.message", String.class)).allMatch(message -> message.contains(ticketId));

        List<String> callerSms = await().atMost(BOUND).until(
                () -> given().get(stack.url(Service.NOTIFICATION_SERVICE) + "/api/gateway-sink/sms")
                        .then().extract().jsonPath()
                        .getList("findAll { it.to == '13800001234' }.text", String.class),
                texts -> texts.stream().anyMatch(text -> text.contains(ticketId)));
        assertThat(callerSms).anyMatch(text -> text.contains("您反映的问题已受理，工单号 " + ticketId));
    }
}
