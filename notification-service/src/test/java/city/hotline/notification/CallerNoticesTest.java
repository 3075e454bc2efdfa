package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CloudEvent;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EscalationLevel;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.Satisfaction;
import city.hotline.events.SuggestionReceived;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketCallerAdded;
import city.hotline.events.TicketEscalated;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketResolved;
import city.hotline.events.TicketWithdrawn;
import city.hotline.events.Topics;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The caller hears of their ticket from its number to the follow-up; supervisors and workers of its turns. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class CallerNoticesTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final OffsetDateTime NOON = OffsetDateTime.parse("2022-12-05T12:00:00+08:00");

    @Inject
    WorkerRepository workers;

    @Inject
    ResidentRepository residents;

    @Inject
    CommunityRepository communities;

    @Test
    void aCallerTheRegistryDoesNotKnowIsToldByTextFromTheTicketNumberToTheFollowUpOnceEach() {
        String community = community("110101004501", "南锣鼓巷社区");
        String ticketId = "BJ20221205-310001";
        String phone = "13711110001";
        CloudEvent added = CloudEvent.of(EventType.TICKET_CALLER_ADDED, "/test", ticketId, new TicketCallerAdded(
                ticketId, UUID.randomUUID().toString(), community, null, phone, false, NOON));
        TestEvents.publish(Topics.CALLERS, community, added);
        TestEvents.publish(Topics.CALLERS, community, added);
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", ticketId).size() == 1);
        assertThat(FakeReceivers.acceptedAt("/sms", ticketId).get(0).body())
                .contains(phone, "【12345】您反映的问题已受理，工单号 " + ticketId, "已转南锣鼓巷社区办理");

        TestEvents.publish(EventType.TICKET_ACCEPTED, community, ticketId, new TicketAccepted(ticketId, community,
                UUID.randomUUID().toString(), "李社工", NOON.plusMinutes(5), NOON.plusDays(7)));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "已由南锣鼓巷社区李社工受理").stream()
                .anyMatch(sms -> sms.body().contains(ticketId)));
        assertThat(FakeReceivers.acceptedAt("/sms", "已由南锣鼓巷社区李社工受理").get(0).body())
                .contains("12月12日 12:00前办结");

        TestEvents.publish(EventType.TICKET_RESOLVED, community, ticketId, new TicketResolved(ticketId, community,
                UUID.randomUUID().toString(), "李社工", "已更换楼道灯泡", NOON.plusHours(3)));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "已办结：已更换楼道灯泡").stream()
                .anyMatch(sms -> sms.body().contains(ticketId)));

        TestEvents.publish(EventType.TICKET_FOLLOWED_UP, community, ticketId, new TicketFollowedUp(ticketId,
                community, false, Satisfaction.UNSATISFIED, "灯还是不亮", NOON.plusDays(1)));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "评价（不满意）").stream()
                .anyMatch(sms -> sms.body().contains(ticketId) && sms.body().contains("已重新派单办理")));

        given().queryParam("ticket", ticketId).when().get("/api/notifications")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.recipientKind", equalTo(List.of("CALLER", "CALLER", "CALLER", "CALLER")));
        assertThat(FakeReceivers.acceptedAt("/sms", ticketId)).hasSize(4);
    }

    @Test
    void aRegisteredCallerIsReachedByTheirPreferredChannelOrAVisitWhenTheyHaveNoPhone() {
        String community = community("110101004502", "福祥社区");
        String building = "福祥胡同12号院/2号楼";
        String butler = Workers.registered(workers, community, "王楼长", "13900000302", List.of(building));
        resident(community, "r-fuxiang-1", building, "WECHAT", "13800300011");
        resident(community, "r-fuxiang-2", building, "DOOR_VISIT", null);
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.findByIdOptional("r-fuxiang-2").isPresent()));

        String byWechat = "BJ20221205-310002";
        TestEvents.publish(EventType.TICKET_CALLER_ADDED, community, byWechat, new TicketCallerAdded(byWechat,
                UUID.randomUUID().toString(), community, "r-fuxiang-1", null, true, NOON));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/wechat", byWechat).size() == 1);
        assertThat(FakeReceivers.acceptedAt("/wechat", byWechat).get(0).body())
                .contains("13800300011", "合并办理", "工单号：" + byWechat);

        String byVisit = "BJ20221205-310003";
        TestEvents.publish(EventType.TICKET_CALLER_ADDED, community, byVisit, new TicketCallerAdded(byVisit,
                UUID.randomUUID().toString(), community, "r-fuxiang-2", null, false, NOON));
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("worker", butler).when().get("/api/visits")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].building", equalTo(building))
                .body("[0].message", equalTo("请上门告知来电住户（" + building + "）：您反映的问题已受理，工单号 "
                        + byVisit + "，由福祥社区办理。")));
    }

    @Test
    void aRegisteredCallerWithoutAPhoneGetsADoorVisitWhicheverChannelTheyPrefer() {
        String community = community("110101004505", "鼓楼苑社区");
        String building = "鼓楼苑/3号楼";
        String butler = Workers.registered(workers, community, "钱楼长", "13900000305", List.of(building));
        resident(community, "r-gulouyuan-1", building, "WECHAT", null);
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.findByIdOptional("r-gulouyuan-1").isPresent()));

        String ticketId = "BJ20221205-310006";
        TestEvents.publish(EventType.TICKET_CALLER_ADDED, community, ticketId, new TicketCallerAdded(ticketId,
                UUID.randomUUID().toString(), community, "r-gulouyuan-1", null, false, NOON));
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("worker", butler).when().get("/api/visits")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].building", equalTo(building))
                .body("[0].message", equalTo("请上门告知来电住户（" + building + "）：您反映的问题已受理，工单号 "
                        + ticketId + "，由鼓楼苑社区办理。")));
        given().queryParam("recipient", "resident:r-gulouyuan-1").when().get("/api/notifications")
                .then().statusCode(200)
                .body("items[0].deliveries.channel", equalTo(List.of("DOOR_VISIT")));
    }

    @Test
    void theSecretaryHearsOfAnEscalationAndTheWorkerOfAWithdrawnTicket() {
        String community = community("110101004503", "菊儿社区");
        String secretary = Workers.registered(workers, community, "申书记", "SECRETARY", "13900000303", List.of());
        String worker = Workers.registered(workers, community, "赵网格员", "13900000304", List.of());
        String late = "BJ20221205-310004";
        OffsetDateTime escalatedAt = ShiftedClock.MORNING;
        TestEvents.publish(EventType.TICKET_ESCALATED, community, late, new TicketEscalated(late, community, "RESOLVE",
                EscalationLevel.SECRETARY, community, escalatedAt.minusHours(2), escalatedAt, escalatedAt));
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("recipient", secretary)
                .queryParam("ticket", late).when().get("/api/notifications")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recipientKind", equalTo("SUPERVISOR"))
                .body("items[0].message", equalTo("申书记您好，工单 " + late + " 未在12月5日 08:00前办结，已上报督办，请跟进。")));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "【12345督办】申书记您好，工单 " + late)
                .size() == 1);

        String withdrawn = "BJ20221205-310005";
        TestEvents.publish(EventType.TICKET_WITHDRAWN, community, withdrawn, new TicketWithdrawn(withdrawn, community,
                worker, "赵网格员", CallType.PRAISE, "话务员小王", NOON));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "工单 " + withdrawn + " 经话务员更正无需办理")
                .size() == 1);
    }

    @Test
    void aSuggestionReachesTheCommunitysWebhookAsItsTicketsDo() {
        String community = community("110101004504", "大兴社区");
        String path = "/community/suggestions";
        WebhookTest.subscribe(community, path, "daxing-shared-secret-2022");
        String callId = UUID.randomUUID().toString();
        TestEvents.publish(EventType.SUGGESTION_RECEIVED, community, callId, new SuggestionReceived(callId, community,
                Category.DELIVERY, "建议社区在胡同口增设一个快递柜，方便老人取件", NOON));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt(path, callId).size() == 1);
        assertThat(FakeReceivers.acceptedAt(path, callId).get(0).body())
                .contains("\"type\":\"hotline.call.suggestion-received\"", "快递柜");
    }

    private void resident(String community, String id, String building, String channel, String phone) {
        TestEvents.publish(EventType.RESIDENT_REGISTERED, community, id, new ResidentRegistered(id, community, 8001,
                building, "", "201", "ELDER", List.of(), channel, phone, true, false));
    }

    private String community(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code,
                new CommunityRegistered(code, name, "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }
}
