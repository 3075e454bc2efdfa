package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.service.DeadlineWatch;
import city.hotline.events.Category;
import city.hotline.events.EventJson;
import city.hotline.events.TicketMarkedComplex;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** 办理复杂: a ticket marked complex once, before its resolve-by, gets 15 working days. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ComplexTicketTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineWatch watch;

    @Test
    void theAssigneeMarksATicketComplexOnceAndItsResolveByBecomesFifteenWorkingDays() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        // Friday 10 March 2023, 17:20: seven working days end on the 21st, fifteen on the 31st.
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.HOUSING, null,
                OffsetDateTime.parse("2023-03-10T17:20:00+08:00"));
        awaitStatus(ticket, "ASSIGNED");
        post(ticket, "accept", Map.of("workerId", li));

        Response marked = mark(ticket, li, "涉及小区管网改造，需燃气公司和物业共同施工");
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(marked.jsonPath().getBoolean("complex")).isTrue();
        assertThat(beijing(marked.jsonPath().getString("resolveBy"))).isEqualTo("2023-03-31T17:30+08:00");
        assertThat(marked.jsonPath().getList("history.action")).endsWith("MARKED_COMPLEX");

        TicketMarkedComplex event = EventJson.read(TestEvents.readUntil(Topics.dispatch(community),
                record -> isMarkingOf(record, ticket), Fixtures.BOUND).stream()
                .filter(record -> isMarkingOf(record, ticket)).findFirst().orElseThrow().value(),
                TicketMarkedComplex.class);
        assertThat(event.workerName()).isEqualTo("李社工");
        assertThat(event.reason()).isEqualTo("涉及小区管网改造，需燃气公司和物业共同施工");
        assertThat(beijing(event.resolveBy().toString())).isEqualTo("2023-03-31T17:30+08:00");

        Response again = mark(ticket, null, "督办: 再次延期");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSupervisorMayMarkItButNotAnotherWorkerNorAnUrgentTicket() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        String urgent = Fixtures.newTicketId();
        OffsetDateTime openedAt = OffsetDateTime.parse("2023-03-10T17:20:00+08:00");
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.HOUSING, null, openedAt);
        Fixtures.open(urgent, community, Urgency.URGENT, Category.HOUSING, null, openedAt);
        awaitStatus(ticket, "ASSIGNED");
        awaitStatus(urgent, "ASSIGNED");

        assertThat(mark(ticket, UUID.randomUUID().toString(), "不是我的单").statusCode()).isEqualTo(409);
        assertThat(mark(urgent, null, "情况复杂").statusCode()).isEqualTo(409);
        assertThat(mark(ticket, null, "").statusCode()).isEqualTo(400);
        JsonPath marked = mark(ticket, null, "需街道协调多个部门").jsonPath();
        assertThat(marked.getBoolean("complex")).isTrue();
        assertThat(marked.getString("status")).isEqualTo("ASSIGNED");
        assertThat(marked.getList("history.note", String.class)).contains("supervisor: 需街道协调多个部门");
        assertThat(mark("TS-NO-SUCH-TICKET", null, "情况复杂").statusCode()).isEqualTo(404);
    }

    @Test
    void theEscalationTimerMovesWithTheResolveByAndALateTicketCannotBeMarked() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String complex = Fixtures.newTicketId();
        String plain = Fixtures.newTicketId();
        Fixtures.open(complex, community, Urgency.NORMAL, Category.UTILITIES, null, clock.now());
        Fixtures.open(plain, community, Urgency.NORMAL, Category.UTILITIES, null, clock.now());
        for (String ticket : List.of(complex, plain)) {
            awaitStatus(ticket, "ASSIGNED");
            post(ticket, "accept", Map.of("workerId", li));
        }
        assertThat(mark(complex, li, "需更换整段供水管").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(25)); // past the 24 hours of water tickets
        watch.fireDue();

        assertThat(awaitStatus(plain, "ACCEPTED").getString("escalationLevel")).isEqualTo("SECRETARY");
        JsonPath extended = awaitStatus(complex, "ACCEPTED");
        assertThat(extended.getString("escalationLevel")).isNull();
        assertThat(extended.getList("history.action")).doesNotContain("ESCALATED");
        Response tooLate = mark(plain, li, "来不及了");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.jsonPath().getString("detail")).contains("resolve-by");
        Fixtures.toWorkingMorning(clock);
    }

    private static Response mark(String ticket, String workerId, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerId", workerId);
        body.put("reason", reason);
        return post(ticket, "complex", body);
    }

    private static boolean isMarkingOf(ConsumerRecord<String, String> record, String ticket) {
        return "hotline.ticket.marked-complex".equals(new String(record.headers().lastHeader("ce_type").value(),
                StandardCharsets.UTF_8)) && record.value().contains(ticket);
    }

    private static String beijing(String moment) {
        return OffsetDateTime.parse(moment).atZoneSameInstant(Fixtures.BEIJING).toOffsetDateTime().toString();
    }
}
