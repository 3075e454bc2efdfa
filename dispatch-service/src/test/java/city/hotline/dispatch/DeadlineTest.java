package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.service.DeadlineWatch;
import city.hotline.events.Category;
import city.hotline.events.EventJson;
import city.hotline.events.EscalationLevel;
import city.hotline.events.TicketEscalated;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Deadlines pass by moving the service's clock on and firing the stored timers, never by waiting. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DeadlineTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @Test
    void deadlinesFollowUrgencyAndCategory() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        OffsetDateTime monday = OffsetDateTime.parse("2023-03-06T09:00:00+08:00");
        String normal = Fixtures.newTicketId();
        String heating = Fixtures.newTicketId();
        String water = Fixtures.newTicketId();
        Fixtures.open(normal, community, Urgency.NORMAL, Category.HOUSING, null, monday);
        Fixtures.open(heating, community, Urgency.NORMAL, Category.HEATING, null, monday);
        Fixtures.open(water, community, Urgency.NORMAL, Category.UTILITIES, null, monday);

        JsonPath normalTicket = awaitStatus(normal, "ASSIGNED");
        assertThat(OffsetDateTime.parse(normalTicket.getString("acceptBy"))).isEqualTo(monday.plusHours(2));
        // Seven working days, the day of the call not counted: Tuesday 7th to Wednesday 15th, when work ends.
        assertThat(OffsetDateTime.parse(normalTicket.getString("resolveBy")))
                .isEqualTo(OffsetDateTime.parse("2023-03-15T17:30:00+08:00"));
        assertThat(OffsetDateTime.parse(awaitStatus(heating, "ASSIGNED").getString("resolveBy")))
                .isEqualTo(monday.plusHours(24));
        assertThat(OffsetDateTime.parse(awaitStatus(water, "ASSIGNED").getString("resolveBy")))
                .isEqualTo(monday.plusHours(24));
    }

    @Test
    void aTicketNotAcceptedInTimeIsOfferedToTheNextWorkerAndTheSecretaryIsTold() {
        Fixtures.toWorkingMorning(clock);
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("甲社工", "COMMUNITY_WORKER"), Worker.onDuty("乙社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        String first = awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId");

        clock.advance(Duration.ofMinutes(119));
        watch.fireDue();
        assertThat(awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId")).isEqualTo(first);

        clock.advance(Duration.ofMinutes(2));
        watch.fireDue();
        JsonPath offered = awaitStatus(ticket, "ASSIGNED");
        assertThat(offered.getString("assignee.workerId")).isNotEqualTo(first);
        assertThat(offered.getList("history.action")).containsSubsequence("ACCEPT_OVERDUE", "ASSIGNED");
        assertThat(OffsetDateTime.parse(offered.getString("acceptBy"))).isEqualTo(clock.now().plusHours(2));

        TicketEscalated told = escalations(community, ticket, 1).get(0);
        assertThat(told.missed()).isEqualTo("ACCEPT");
        assertThat(told.level()).isEqualTo(EscalationLevel.SECRETARY);
        assertThat(told.supervisorCode()).isEqualTo(community);

        watch.fireDue();
        assertThat(awaitStatus(ticket, "ASSIGNED").getList("history.action")).containsOnlyOnce("ACCEPT_OVERDUE");
    }

    @Test
    void aTicketNotResolvedInTimeIsEscalatedToTheSecretaryThenTheStreetThenTheDistrict() {
        String community = Fixtures.newCommunity();
        String street = community.substring(0, 9);
        String district = community.substring(0, 6);
        Fixtures.community(community, street, district);
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");
        assertThat(post(ticket, "accept", Map.of("workerId", li)).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(121));
        watch.fireDue();
        assertThat(awaitStatus(ticket, "ACCEPTED").getString("escalationLevel")).isEqualTo("SECRETARY");
        assertThat(late("community", community)).contains(ticket);

        clock.advance(Duration.ofMinutes(30));
        watch.fireDue();
        assertThat(awaitStatus(ticket, "ACCEPTED").getString("escalationLevel")).isEqualTo("STREET");
        assertThat(late("street", street)).contains(ticket);

        clock.advance(Duration.ofMinutes(30));
        watch.fireDue();
        clock.advance(Duration.ofHours(5));
        watch.fireDue();
        JsonPath escalated = awaitStatus(ticket, "ACCEPTED");
        assertThat(escalated.getString("escalationLevel")).isEqualTo("DISTRICT");
        assertThat(escalated.getList("history.action").stream().filter("ESCALATED"::equals)).hasSize(3);
        assertThat(late("district", district)).contains(ticket);
        assertThat(late("district", "990199")).doesNotContain(ticket);

        List<TicketEscalated> whistles = escalations(community, ticket, 3);
        assertThat(whistles).extracting(TicketEscalated::level)
                .containsExactly(EscalationLevel.SECRETARY, EscalationLevel.STREET, EscalationLevel.DISTRICT);
        assertThat(whistles).extracting(TicketEscalated::supervisorCode).containsExactly(community, street, district);
        assertThat(whistles).allSatisfy(whistle -> assertThat(whistle.missed()).isEqualTo("RESOLVE"));

        post(ticket, "resolve", Map.of("workerId", li, "result", "已送医"));
        assertThat(late("district", district)).doesNotContain(ticket);
    }

    @Test
    void atNightTheStreetIsToldOfALateWaterTicketInTheMorningAndOfAnUrgentOneAtOnce() {
        String community = Fixtures.newCommunity();
        Fixtures.community(community, community.substring(0, 9), community.substring(0, 6));
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        clock.advanceToNext(LocalTime.of(23, 0));
        OffsetDateTime night = clock.now();
        String water = Fixtures.newTicketId();
        String urgent = Fixtures.newTicketId();
        Fixtures.open(water, community, Urgency.NORMAL, Category.UTILITIES, null, night);
        Fixtures.open(urgent, community, Urgency.URGENT, Category.MEDICAL, null, night);
        awaitStatus(water, "ASSIGNED");
        awaitStatus(urgent, "ASSIGNED");
        post(water, "accept", Map.of("workerId", li));
        post(urgent, "accept", Map.of("workerId", li));

        clock.advance(Duration.ofHours(2)); // 01:00: the urgent ticket's 2 hours are up
        watch.fireDue();
        clock.advance(Duration.ofMinutes(30)); // 01:30: on to the street
        watch.fireDue();
        clock.advanceTo(night.plusDays(1)); // 23:00 the next day: the water ticket's 24 hours are up
        watch.fireDue();
        clock.advanceTo(night.plusDays(2)); // a day later, still at night: on to the street
        watch.fireDue();

        List<TicketEscalated> urgentWhistles = escalations(community, urgent, 3);
        TicketEscalated urgentToStreet = urgentWhistles.get(1);
        assertThat(urgentToStreet.level()).isEqualTo(EscalationLevel.STREET);
        assertThat(urgentToStreet.notifyAfter().toInstant()).isEqualTo(urgentToStreet.escalatedAt().toInstant());
        List<TicketEscalated> waterWhistles = escalations(community, water, 2);
        assertThat(waterWhistles).extracting(TicketEscalated::level)
                .containsExactly(EscalationLevel.SECRETARY, EscalationLevel.STREET);
        TicketEscalated toSecretary = waterWhistles.get(0);
        assertThat(toSecretary.notifyAfter().toInstant()).isEqualTo(toSecretary.escalatedAt().toInstant());
        TicketEscalated toStreet = waterWhistles.get(1);
        assertThat(toStreet.escalatedAt().toInstant()).isEqualTo(night.plusDays(2).toInstant());
        assertThat(toStreet.notifyAfter().toInstant())
                .isEqualTo(night.plusDays(3).with(LocalTime.of(8, 30)).toInstant());
        Fixtures.toWorkingMorning(clock);
    }

    @Test
    void theDailyClearanceCountsWhatWasDispatchedResolvedAndCarriedOver() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String done = Fixtures.newTicketId();
        String open = Fixtures.newTicketId();
        Fixtures.open(done, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        Fixtures.open(open, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(done, "ASSIGNED");
        awaitStatus(open, "ASSIGNED");
        post(done, "accept", Map.of("workerId", li));
        post(done, "resolve", Map.of("workerId", li, "result", "已处理"));

        String today = clock.now().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        given().queryParam("community", community).queryParam("date", today)
                .when().get("/api/supervision/clearance")
                .then().statusCode(200)
                .body("dispatched", equalTo(2))
                .body("resolved", equalTo(1))
                .body("carriedOver", equalTo(1))
                .body("cleared", equalTo(false));
        given().queryParam("community", community).when().get("/api/supervision/clearance")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static List<String> late(String area, String code) {
        return given().queryParam(area, code).when().get("/api/supervision/late")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    /** The escalations of a ticket on its community's dispatch topic, once the expected number arrived. */
    private static List<TicketEscalated> escalations(String community, String ticket, int expected) {
        List<TicketEscalated> found = new ArrayList<>();
        TestEvents.readUntil(Topics.dispatch(community), record -> {
            if (isEscalationOf(record, ticket)) {
                found.add(EventJson.read(record.value(), TicketEscalated.class));
            }
            return found.size() == expected;
        }, Fixtures.BOUND);
        return found;
    }

    private static boolean isEscalationOf(ConsumerRecord<String, String> record, String ticket) {
        return "hotline.ticket.escalated".equals(new String(record.headers().lastHeader("ce_type").value(),
                StandardCharsets.UTF_8)) && record.value().contains(ticket);
    }
}
