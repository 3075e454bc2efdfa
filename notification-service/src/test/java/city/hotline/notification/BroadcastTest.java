package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 未诉先办: the community office tells many people at once, each through what reaches them. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class BroadcastTest {

    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    WorkerRepository workers;

    @Inject
    CommunityRepository communities;

    @Inject
    ShiftedClock clock;

    @AfterEach
    void backToMorning() {
        clock.reset();
    }

    @Test
    void eachListedHouseholdIsToldOnceByPhoneOrByADoorVisitFromTheBuildingsWorker() {
        String community = registeredCommunity("110101004201", "钟楼湾社区");
        String butler = Workers.registered(workers, community, "申海雁", "13900000201", List.of("钟库胡同1号院/3号楼"));
        List<Map<String, String>> recipients = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> recipients.add(Map.of("name", "住户" + i, "phone", "1380020" + "%04d".formatted(i))));
        recipients.add(Map.of("name", "住户0", "phone", "13800200000"));
        recipients.add(Map.of("name", "魏先生", "building", "钟库胡同1号院/3号楼"));
        String message = "明天（12月6日）上午8点起3号楼停水4小时，请提前储水。";

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", message, "audience", "RECIPIENTS",
                        "recipients", recipients))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .body("status", equalTo("FANNED_OUT"))
                .body("recipients", equalTo(41))
                .extract().path("id");

        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + id)
                .then().statusCode(200)
                .body("deliveries", equalTo(Map.of("SMS", Map.of("SENT", 40), "DOOR_VISIT", Map.of("SENT", 1)))));
        assertThat(FakeReceivers.acceptedAt("/sms", message)).hasSize(40)
                .allSatisfy(sms -> assertThat(sms.body()).contains("【钟楼湾社区】" + message));
        assertThat(FakeReceivers.acceptedAt("/sms", "13800200000")).hasSize(1);
        given().queryParam("worker", butler).when().get("/api/visits")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].building", equalTo("钟库胡同1号院/3号楼"))
                .body("[0].recipientName", equalTo("魏先生"))
                .body("[0].message", equalTo("请上门告知魏先生（钟库胡同1号院/3号楼）：" + message));
    }

    @Test
    void aHouseholdWhosePhoneTheGatewayRefusesGetsADoorVisitInstead() {
        String community = registeredCommunity("110101004204", "国子监社区");
        String butler = Workers.registered(workers, community, "付涵允", "13900000204", List.of("方家胡同5号院/2号楼"));
        FakeReceivers.refuseBodiesContaining("13800299999");
        String message = "本周六上午9点在社区活动室为老年人接种疫苗，行动不便的可预约上门接种。";

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", message, "audience", "RECIPIENTS",
                        "recipients", List.of(
                                Map.of("name", "王奶奶", "phone", "13800299999", "building", "方家胡同5号院/2号楼"),
                                Map.of("name", "李大爷", "phone", "13800299998", "building", "方家胡同5号院/2号楼"))))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .extract().path("id");

        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + id)
                .then().statusCode(200)
                .body("deliveries", equalTo(Map.of(
                        "SMS", Map.of("SENT", 1, "FAILED", 1),
                        "DOOR_VISIT", Map.of("SENT", 1, "SKIPPED", 1)))));
        given().queryParam("worker", butler).when().get("/api/visits")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].recipientName", equalTo("王奶奶"));
        given().queryParam("recipient", "phone:13800299999").queryParam("channel", "SMS")
                .when().get("/api/deliveries")
                .then().body("items[0].attempts", equalTo(1))
                .body("items[0].lastError", startsWith("HTTP 400"));
    }

    @Test
    void aBroadcastForLaterWaitsForItsTimeThenReachesEveryWorkerOfTheCommunity() {
        String community = registeredCommunity("110101004202", "草厂社区");
        String withPhone = Workers.registered(workers, community, "刘网格员", "13900000202", List.of());
        Workers.registered(workers, community, "陈志愿者", null, List.of());
        OffsetDateTime evening = ShiftedClock.MORNING.plusHours(8);
        String message = "今晚8点召开楼门长会议，请准时参加。";

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", message, "audience", "WORKERS",
                        "channel", "WECHAT", "sendAt", evening.minusHours(2).toString()))
                .when().post("/api/broadcasts")
                .then().statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .body("recipients", nullValue())
                .extract().path("id");
        given().get("/api/broadcasts/" + id).then().body("deliveries", equalTo(Map.of()));

        clock.setNow(evening.minusHours(2).plusSeconds(1));
        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + id)
                .then().statusCode(200)
                .body("status", equalTo("FANNED_OUT"))
                .body("recipients", equalTo(2))
                .body("deliveries", equalTo(Map.of("IN_APP", Map.of("SENT", 2), "WECHAT", Map.of("SENT", 1)))));
        assertThat(FakeReceivers.acceptedAt("/wechat", message)).hasSize(1)
                .allSatisfy(wechat -> assertThat(wechat.body()).contains("13900000202", "草厂社区通知：" + message));
        given().queryParam("recipient", withPhone).when().get("/api/notifications")
                .then().body("items[0].message", equalTo(message));
    }

    @Test
    void aBroadcastNoOneCouldReceiveIsRefused() {
        String community = registeredCommunity("110101004203", "铃铛胡同社区");
        assertRefused(Map.of("communityCode", "110101999999", "message", "停水通知", "audience", "WORKERS"),
                "communityCode");
        assertRefused(Map.of("communityCode", community, "message", " ", "audience", "WORKERS"), "message");
        assertRefused(Map.of("communityCode", community, "message", "停水通知", "audience", "WORKERS"), "audience");
        assertRefused(Map.of("communityCode", community, "message", "停水通知", "audience", "EVERYONE"), "audience");
        assertRefused(Map.of("communityCode", community, "message", "停水通知", "audience", "RECIPIENTS",
                "recipients", List.of()), "recipients");
        assertRefused(Map.of("communityCode", community, "message", "停水通知", "audience", "RECIPIENTS",
                "recipients", List.of(Map.of("name", "魏先生"))), "recipients[0]");
        assertRefused(Map.of("communityCode", community, "message", "停水通知", "audience", "RECIPIENTS",
                "recipients", List.of(Map.of("phone", "13800001234")), "channel", "WEBHOOK"), "channel");
    }

    static void assertRefused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/broadcasts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    String registeredCommunity(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code,
                new CommunityRegistered(code, name, "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }
}
