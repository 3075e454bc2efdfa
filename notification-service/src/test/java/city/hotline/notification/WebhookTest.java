package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

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

/** A community system receiving its community's ticket events at a URL it subscribed. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class WebhookTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String SECRET = "zhonglouwan-shared-secret-2022";

    @Test
    void theCommunitySystemReceivesEachEventOnceSignedWithItsSecret() throws Exception {
        String community = "110101004101";
        String path = "/community/signed";
        subscribe(community, path, SECRET);
        String ticketId = "BJ20221205-300001";
        CloudEvent assigned = assigned(ticketId, community);
        TestEvents.publish(Topics.TICKETS, community, assigned);
        TestEvents.publish(Topics.TICKETS, community, assigned);
        String marker = "BJ20221205-300002";
        TestEvents.publish(Topics.TICKETS, community, assigned(marker, community));

        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt(path, marker).size() == 1
                && !FakeReceivers.acceptedAt(path, ticketId).isEmpty());
        List<FakeReceivers.Received> received = FakeReceivers.acceptedAt(path, ticketId);
        assertThat(received).hasSize(1);
        FakeReceivers.Received post = received.get(0);
        assertThat(post.header("Content-Type")).startsWith("application/cloudevents+json");
        assertThat(post.header("X-Hotline-Signature")).isEqualTo("sha256=" + hmacSha256(SECRET, post.body()));
        JsonPath event = JsonPath.from(post.body());
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("id")).isEqualTo(assigned.id());
        assertThat(event.getString("type")).isEqualTo("hotline.ticket.assigned");
        assertThat(event.getString("subject")).isEqualTo(ticketId);
        assertThat(event.getString("data.ticketId")).isEqualTo(ticketId);
        assertThat(event.getString("data.summary")).isEqualTo("3号楼电梯停运，老人下不了楼");
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttempt() {
        String community = "110101004102";
        String path = "/community/flaky";
        String subscription = subscribe(community, path, SECRET);
        FakeReceivers.failNext(path, 2);
        String ticketId = "BJ20221205-300003";
        TestEvents.publish(Topics.TICKETS, community, assigned(ticketId, community));

        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt(path, ticketId).size() == 1);
        List<FakeReceivers.Received> attempts = FakeReceivers.receivedAt(path);
        assertThat(attempts).extracting(FakeReceivers.Received::answeredWith).containsExactly(503, 503, 202);
        assertThat(attempts).extracting(received -> received.header("Idempotency-Key")).containsOnly(
                attempts.get(0).header("Idempotency-Key"));
        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("recipient", subscription).queryParam("channel", "WEBHOOK")
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("SENT"))
                .body("items[0].attempts", equalTo(3))
                .body("items[0].lastError", nullValue()));
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpOnAfterTheLastAttemptAndCounted() {
        String community = "110101004105";
        String path = "/community/down";
        String subscription = subscribe(community, path, SECRET);
        FakeReceivers.failNext(path, 100);
        TestEvents.publish(Topics.TICKETS, community, assigned("BJ20221205-300005", community));

        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("recipient", subscription)
                .when().get("/api/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts", equalTo(4))
                .body("items[0].lastError", startsWith("HTTP 503 from " + FakeReceivers.url(path))));
        assertThat(FakeReceivers.receivedAt(path)).hasSize(4);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hotline_notification_deliveries_total{channel=\"WEBHOOK\",outcome=\"failed\"}"));
    }

    @Test
    void onlyActiveSubscriptionsOfTheEventsCommunityReceiveIt() {
        String community = "110101004103";
        String paused = subscribe(community, "/community/paused", SECRET);
        subscribe("110101004104", "/community/neighbour", SECRET);
        String resumed = subscribe(community, "/community/resumed", SECRET);
        given().post("/api/subscriptions/" + paused + "/pause").then().statusCode(200).body("status", equalTo("PAUSED"));
        given().post("/api/subscriptions/" + resumed + "/pause").then().statusCode(200);
        given().post("/api/subscriptions/" + resumed + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        String ticketId = "BJ20221205-300004";
        TestEvents.publish(Topics.TICKETS, community, assigned(ticketId, community));

        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/community/resumed", ticketId).size() == 1);
        assertThat(FakeReceivers.receivedAt("/community/paused")).isEmpty();
        assertThat(FakeReceivers.receivedAt("/community/neighbour")).isEmpty();
        given().queryParam("community", community).when().get("/api/subscriptions")
                .then().statusCode(200)
                .body("id", hasItem(paused))
                .body("secret", not(hasItem(notNullValue())));
        given().delete("/api/subscriptions/" + paused).then().statusCode(204);
        given().get("/api/subscriptions/" + paused).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aUrlThatCannotBePostedToIsRefused() {
        for (String url : List.of("not a url", "ftp://example.cn/x", "mailto:shequ@example.cn", "http:///nohost")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("communityCode", "110101004001", "url", url))
                    .when().post("/api/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.cn/hook"))
                .when().post("/api/subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("communityCode"));
    }

    @Test
    void aSubscriptionWithoutASecretGetsOneShownOnce() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", "110101004001", "url", "https://zhonglouwan.example.cn/hotline"))
                .when().post("/api/subscriptions")
                .then().statusCode(201)
                .body("secret.length()", equalTo(43))
                .extract().path("id");
        given().get("/api/subscriptions/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("secret", nullValue());
    }

    static String subscribe(String community, String path, String secret) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "url", FakeReceivers.url(path), "secret", secret))
                .when().post("/api/subscriptions")
                .then().statusCode(201)
                .extract().path("id");
    }

    static CloudEvent assigned(String ticketId, String community) {
        return CloudEvent.of(EventType.TICKET_ASSIGNED, "/dispatch-service", ticketId, new TicketAssigned(ticketId,
                community, "1c3f0a52-0000-4000-8000-000000000101", "刘网格员", Urgency.NORMAL, Category.PROPERTY,
                "3号楼电梯停运，老人下不了楼", OffsetDateTime.parse("2022-12-05T10:00:00+08:00"),
                OffsetDateTime.parse("2022-12-05T12:00:00+08:00"), OffsetDateTime.parse("2022-12-12T10:00:00+08:00")));
    }

    /** The check a community system makes, written from the documentation rather than the service's code. */
    static String hmacSha256(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
