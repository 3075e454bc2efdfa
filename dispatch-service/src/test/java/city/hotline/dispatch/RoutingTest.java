package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.repository.ControlZoneRepository;
import city.hotline.events.Category;
import city.hotline.events.ControlZoneRegistered;
import city.hotline.events.ControlZoneRemoved;
import city.hotline.events.DutyLeadPaged;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.events.WorkerRegistered;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class RoutingTest {

    static final String BUILDING = "钟楼湾小区/3号楼";

    @Inject
    TestClock clock;

    @Inject
    ControlZoneRepository controlZones;

    @Test
    void theBuildingHeadOnDutyComesFirstThenTheGridWorkerOfTheBuilding() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("王楼长", "BUILDING_HEAD", BUILDING),
                Worker.onDuty("赵网格员", "GRID_WORKER", BUILDING, "钟楼湾小区/4号楼"),
                Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, BUILDING, clock.now());
        assertThat(awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId")).isEqualTo(ids.get(0));

        String otherCommunity = Fixtures.newCommunity();
        List<String> others = Fixtures.workers(otherCommunity,
                new Worker("王楼长", "BUILDING_HEAD", List.of(BUILDING), false),
                Worker.onDuty("赵网格员", "GRID_WORKER", BUILDING),
                Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String offDuty = Fixtures.newTicketId();
        Fixtures.open(offDuty, otherCommunity, Urgency.NORMAL, Category.OTHER, BUILDING, clock.now());
        assertThat(awaitStatus(offDuty, "ASSIGNED").getString("assignee.workerId")).isEqualTo(others.get(1));
    }

    @Test
    void withoutABuildingTheRoleTheCategoryNeedsTakesItLeastLoadedFirst() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"),
                Worker.onDuty("物业小张", "PROPERTY_STAFF"), Worker.onDuty("物业小刘", "PROPERTY_STAFF"),
                Worker.onDuty("志愿者老陈", "VOLUNTEER"));
        String sanitation = Fixtures.newTicketId();
        String moreSanitation = Fixtures.newTicketId();
        String supplies = Fixtures.newTicketId();
        Fixtures.open(sanitation, community, Urgency.NORMAL, Category.SANITATION, null, clock.now());
        String first = awaitStatus(sanitation, "ASSIGNED").getString("assignee.workerId");
        Fixtures.open(moreSanitation, community, Urgency.NORMAL, Category.SANITATION, null, clock.now());
        String second = awaitStatus(moreSanitation, "ASSIGNED").getString("assignee.workerId");
        Fixtures.open(supplies, community, Urgency.NORMAL, Category.SUPPLIES, null, clock.now());

        assertThat(List.of(first, second)).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
        assertThat(awaitStatus(supplies, "ASSIGNED").getString("assignee.workerId")).isEqualTo(ids.get(3));
    }

    @Test
    void theTicketsAWorkerHasNotAcceptedGoToAColleagueWhenTheyGoOffDuty() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("甲社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        assertThat(awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId")).isEqualTo(ids.get(0));
        String colleague = Fixtures.workers(community, Worker.onDuty("乙社工", "COMMUNITY_WORKER")).get(0);

        TestEvents.publish(EventType.WORKER_REGISTERED, community, ids.get(0), new WorkerRegistered(ids.get(0),
                community, "甲社工", "COMMUNITY_WORKER", null, "13800000000", List.of(), false));

        JsonPath rerouted = Fixtures.awaitTicket(ticket, found -> colleague.equals(found.getString("assignee.workerId")));
        assertThat(rerouted.getList("history.action")).containsSubsequence("ASSIGNED", "OFF_DUTY", "ASSIGNED");
    }

    @Test
    void aCommunityEditsItsRoutingRules() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"),
                Worker.onDuty("物业小张", "PROPERTY_STAFF"));
        given().when().get("/api/communities/" + community + "/routing-rules")
                .then().statusCode(200).body("SANITATION", contains("PROPERTY_STAFF"));

        given().contentType(ContentType.JSON).body(Map.of("SANITATION", List.of("COMMUNITY_WORKER", "PROPERTY_STAFF")))
                .when().put("/api/communities/" + community + "/routing-rules")
                .then().statusCode(200).body("SANITATION", contains("COMMUNITY_WORKER", "PROPERTY_STAFF"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.SANITATION, null, clock.now());
        assertThat(awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId")).isEqualTo(ids.get(0));

        given().when().get("/api/communities/*/routing-rules")
                .then().statusCode(200).body("SANITATION", contains("PROPERTY_STAFF"));
        given().contentType(ContentType.JSON).body(Map.of("SANITATION", List.of("JANITOR")))
                .when().put("/api/communities/" + community + "/routing-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("SANITATION"));
    }

    @Test
    void aTicketFromABuildingUnderAControlZoneTakesTheGreenChannelWhileTheZoneIsInForce() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("申书记", "SECRETARY"), Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String zone = "zone-" + community;
        TestEvents.publish(EventType.CONTROL_ZONE_REGISTERED, community, zone, new ControlZoneRegistered(zone,
                community, "钟楼湾小区管控区", "管控区", List.of(BUILDING), clock.now().minusDays(1), clock.now().plusDays(6)));
        await().atMost(Fixtures.BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> controlZones.underControl(community, BUILDING, clock.now())));

        String inZone = Fixtures.newTicketId();
        Fixtures.open(inZone, community, Urgency.NORMAL, Category.SUPPLIES, BUILDING, clock.now());
        String outside = Fixtures.newTicketId();
        Fixtures.open(outside, community, Urgency.NORMAL, Category.SUPPLIES, "钟楼湾小区/4号楼", clock.now());
        assertThat(awaitStatus(inZone, "ASSIGNED").getList("history.action", String.class)).contains("DUTY_LEAD_PAGED");
        assertThat(awaitStatus(outside, "ASSIGNED").getList("history.action", String.class)).doesNotContain("DUTY_LEAD_PAGED");

        TestEvents.publish(EventType.CONTROL_ZONE_REMOVED, community, zone, new ControlZoneRemoved(zone, community));
        await().atMost(Fixtures.BOUND).until(() -> !QuarkusTransaction.requiringNew()
                .call(() -> controlZones.underControl(community, BUILDING, clock.now())));
        String afterLifting = Fixtures.newTicketId();
        Fixtures.open(afterLifting, community, Urgency.NORMAL, Category.SUPPLIES, BUILDING, clock.now());
        assertThat(awaitStatus(afterLifting, "ASSIGNED").getList("history.action", String.class))
                .doesNotContain("DUTY_LEAD_PAGED");
    }

    @Test
    void urgentTicketsTakeTheGreenChannelGoFirstAndPageTheDutyLead() {
        String community = Fixtures.newCommunity();
        String normal = Fixtures.newTicketId();
        String urgent = Fixtures.newTicketId();
        Fixtures.open(normal, community, Urgency.NORMAL, Category.MEDICAL, null, clock.now().minusMinutes(5));
        awaitStatus(normal, "OPEN");
        Fixtures.open(urgent, community, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        awaitStatus(urgent, "OPEN");

        List<String> ids = Fixtures.workers(community, Worker.onDuty("申书记", "SECRETARY"),
                Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        awaitStatus(normal, "ASSIGNED");
        awaitStatus(urgent, "ASSIGNED");

        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(community),
                record -> type(record).equals("hotline.ticket.assigned") && record.value().contains(normal),
                Fixtures.BOUND);
        List<String> assignedInOrder = dispatched.stream().filter(record -> type(record).equals("hotline.ticket.assigned"))
                .map(record -> record.value().contains(urgent) ? urgent : normal).toList();
        assertThat(assignedInOrder).containsExactly(urgent, normal);

        // Nobody was on duty when it came in: the page says so; once someone is, the lead is paged by name.
        String another = Fixtures.newTicketId();
        Fixtures.open(another, community, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        awaitStatus(another, "ASSIGNED");
        List<ConsumerRecord<String, String>> paged = TestEvents.readUntil(Topics.dispatch(community),
                record -> type(record).equals("hotline.ticket.duty-lead-paged") && record.value().contains(another),
                Fixtures.BOUND);
        DutyLeadPaged page = EventJson.read(paged.get(paged.size() - 1).value(), DutyLeadPaged.class);
        assertThat(page.workerId()).isEqualTo(ids.get(0));
        assertThat(page.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(paged).anyMatch(record -> type(record).equals("hotline.ticket.duty-lead-paged")
                && record.value().contains(urgent));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
