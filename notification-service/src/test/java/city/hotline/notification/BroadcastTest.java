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
import city.hotline.events.ResidentRegistered;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ResidentRepository;
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
    ResidentRepository residents;

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

    @Test
    void residentsAreToldOncePerHouseholdInTheChannelTheyPreferAndOnlyWithTheirConsent() {
        String community = registeredCommunity("110101004202", "钟楼湾社区");
        String building3 = "钟库胡同1号院/3号楼";
        Workers.registered(workers, community, "申海雁", "13900000203", List.of(building3));
        resident(community, "r1", 1, building3, "SMS", "13800300001", true, List.of());
        resident(community, "r2", 1, building3, "SMS", "13800300002", true, List.of());
        resident(community, "r3", 2, building3, "DOOR_VISIT", null, true, List.of("DIALYSIS", "ELDERLY_ALONE"));
        resident(community, "r4", 3, building3, "WECHAT", "13800300004", false, List.of());
        resident(community, "r5", 4, "钟库胡同1号院/5号楼", "SMS", "13800300005", true, List.of());
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.ofCommunity(community).size() == 5));

        assertFannedOut(Map.of("communityCode", community, "message", "3号楼明天停水", "audience", "RESIDENTS",
                "buildings", List.of(building3)), 2, Map.of("SMS", 1, "DOOR_VISIT", 1));
        assertFannedOut(Map.of("communityCode", community, "message", "透析车辆周三17:00在胡同口等候",
                "audience", "RESIDENTS", "tags", List.of("DIALYSIS")), 1, Map.of("DOOR_VISIT", 1));
        assertFannedOut(Map.of("communityCode", community, "message", "今晚起临时管控", "audience", "RESIDENTS",
                "urgent", true), 4, Map.of("SMS", 2, "WECHAT", 1, "DOOR_VISIT", 1));
        assertThat(FakeReceivers.acceptedAt("/sms", "3号楼明天停水")).hasSize(1);
    }

    private void assertFannedOut(Map<String, Object> request, int households, Map<String, Integer> sentByChannel) {
        String id = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/broadcasts")
                .then().statusCode(201).body("recipients", equalTo(households))
                .extract().path("id");
        // A phone delivery keeps a door visit on standby, skipped once the phone delivery is sent.
        await().atMost(BOUND).untilAsserted(() -> sentByChannel.forEach((channel, sent) -> given()
                .get("/api/broadcasts/" + id)
                .then().statusCode(200).body("deliveries." + channel + ".SENT", equalTo(sent))));
    }

    private static void resident(String community, String id, long household, String building, String channel,
            String phone, boolean consent, List<String> tags) {
        TestEvents.publish(EventType.RESIDENT_REGISTERED, community, id, new ResidentRegistered(id, community,
                household, building, "", String.valueOf(100 + household), "SENIOR", tags, channel, phone, consent, false));
    }

    String registeredCommunity(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code,
                new CommunityRegistered(code, name, "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }
}
