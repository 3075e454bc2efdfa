package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class TicketLifecycleTest {

    @Inject
    TestClock clock;

    @Test
    void aWorkerAcceptsRecordsProgressResolvesAndTheFollowUpClosesEveryStepOnTheCommunitysTopic() {
        String community = Fixtures.newCommunity();
        String other = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        Fixtures.workers(other, Worker.onDuty("王社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        String elsewhere = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.MEDICAL, null, clock.now());
        Fixtures.open(elsewhere, other, Urgency.NORMAL, Category.MEDICAL, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");

        assertThat(post(ticket, "accept", Map.of("workerId", li)).statusCode()).isEqualTo(200);
        assertThat(post(ticket, "progress", Map.of("workerId", li, "note", "已联系车队")).statusCode()).isEqualTo(200);
        assertThat(post(ticket, "resolve", Map.of("workerId", li, "result", "已安排车辆接送透析")).statusCode()).isEqualTo(200);
        JsonPath closed = post(ticket, "follow-up", Map.of("solved", true, "satisfaction", "SATISFIED")).jsonPath();

        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("result")).isEqualTo("已安排车辆接送透析");
        assertThat(closed.getList("history.action")).containsExactly("OPENED", "ASSIGNED", "ACCEPTED", "PROGRESS",
                "RESOLVED", "FOLLOWED_UP", "CLOSED");

        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(community),
                record -> type(record).equals("hotline.ticket.closed"), Fixtures.BOUND);
        assertThat(dispatched).allSatisfy(record -> assertThat(record.key()).isEqualTo(community));
        assertThat(dispatched.stream().filter(record -> record.value().contains(ticket)).map(TicketLifecycleTest::type))
                .containsExactly("hotline.ticket.assigned", "hotline.ticket.accepted", "hotline.ticket.progressed",
                        "hotline.ticket.resolved", "hotline.ticket.followed-up", "hotline.ticket.closed");
        assertThat(dispatched).noneMatch(record -> record.value().contains(elsewhere));

        List<ConsumerRecord<String, String>> otherTopic = TestEvents.readUntil(Topics.dispatch(other),
                record -> record.value().contains(elsewhere), Fixtures.BOUND);
        assertThat(otherTopic).noneMatch(record -> record.value().contains(ticket));
    }

    @Test
    void twoWorkersAcceptingTheSameTicketAtOnceOneWinsTheOtherIsTold() throws Exception {
        String community = Fixtures.newCommunity();
        List<String> workers = Fixtures.workers(community, Worker.onDuty("甲社工", "COMMUNITY_WORKER"),
                Worker.onDuty("乙社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> accepts = workers.stream().map(worker -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return post(ticket, "accept", Map.of("workerId", worker));
        })).toList();
        start.countDown();
        List<Response> answers = accepts.stream().map(CompletableFuture::join).toList();

        assertThat(answers.stream().map(Response::statusCode)).containsExactlyInAnyOrder(200, 409);
        Response refused = answers.stream().filter(answer -> answer.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Response won = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst().orElseThrow();
        JsonPath accepted = awaitStatus(ticket, "ACCEPTED");
        assertThat(accepted.getString("assignee.workerId")).isEqualTo(won.jsonPath().getString("assignee.workerId"));
        assertThat(accepted.getList("history.action")).containsOnlyOnce("ACCEPTED");
    }

    @Test
    void aTicketHandedBackGoesToTheNextCandidateNeverBackAndWaitsWhenNobodyIsLeft() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("甲社工", "COMMUNITY_WORKER"), Worker.onDuty("乙社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        String first = awaitStatus(ticket, "ASSIGNED").getString("assignee.workerId");

        JsonPath rerouted = post(ticket, "hand-back", Map.of("workerId", first, "reason", "不是本网格的楼栋")).jsonPath();
        assertThat(rerouted.getString("status")).isEqualTo("ASSIGNED");
        String second = rerouted.getString("assignee.workerId");
        assertThat(second).isNotEqualTo(first);

        JsonPath waiting = post(ticket, "hand-back", Map.of("workerId", second, "reason", "另有急事")).jsonPath();
        assertThat(waiting.getString("status")).isEqualTo("OPEN");
        assertThat(waiting.getString("assignee")).isNull();
        assertThat(waiting.getList("history.action")).containsExactly("OPENED", "ASSIGNED", "HANDED_BACK", "ASSIGNED",
                "HANDED_BACK", "WAITING");
    }

    @Test
    void anUnsatisfiedCallerReopensTheTicketWithItsHistoryBackToTheSameWorker() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.HEATING, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");
        post(ticket, "accept", Map.of("workerId", li));
        post(ticket, "resolve", Map.of("workerId", li, "result", "已联系热力公司"));

        JsonPath reopened = post(ticket, "follow-up", Map.of("solved", false, "satisfaction", "UNSATISFIED",
                "note", "暖气还是不热")).jsonPath();
        assertThat(reopened.getString("status")).isEqualTo("ASSIGNED");
        assertThat(reopened.getInt("reopenCount")).isEqualTo(1);
        assertThat(reopened.getString("assignee.workerId")).isEqualTo(li);
        assertThat(reopened.getList("history.action")).containsSubsequence("RESOLVED", "FOLLOWED_UP", "REOPENED",
                "ASSIGNED");

        post(ticket, "accept", Map.of("workerId", li));
        post(ticket, "resolve", Map.of("workerId", li, "result", "热力公司已修好阀门"));
        JsonPath basically = post(ticket, "follow-up", Map.of("solved", true, "satisfaction", "BASICALLY_SATISFIED"))
                .jsonPath();
        assertThat(basically.getString("status")).isEqualTo("CLOSED");
        assertThat(basically.getInt("reopenCount")).isEqualTo(1);
    }

    @Test
    void theWorkerCallsInAPartnerAndKeepsTheTicket() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"),
                Worker.onDuty("燃气公司王师傅", "PARTNER"));
        String li = ids.get(0);
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");
        post(ticket, "accept", Map.of("workerId", li));

        JsonPath helped = post(ticket, "help", Map.of("workerId", li, "role", "PARTNER", "note", "燃气管道漏气，请师傅上门"))
                .jsonPath();
        assertThat(helped.getString("status")).isEqualTo("ACCEPTED");
        assertThat(helped.getString("assignee.workerId")).isEqualTo(li);
        assertThat(helped.getList("history.note").get(helped.getList("history").size() - 1).toString())
                .startsWith("燃气公司王师傅");
        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(community),
                record -> type(record).equals("hotline.ticket.help-requested"), Fixtures.BOUND);
        assertThat(dispatched.get(dispatched.size() - 1).value()).contains(ids.get(1));

        assertThat(post(ticket, "help", Map.of("workerId", li, "role", "VOLUNTEER", "note", "送菜")).statusCode())
                .isEqualTo(409);
        assertThat(post(ticket, "help", Map.of("workerId", li, "role", "PLUMBER", "note", "修水管")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aWorkerListsTheirOwnTicketsPageByPage() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        List<String> ids = List.of(Fixtures.newTicketId(), Fixtures.newTicketId(), Fixtures.newTicketId());
        ids.forEach(id -> Fixtures.open(id, community, Urgency.NORMAL, Category.OTHER, null, clock.now()));
        ids.forEach(id -> awaitStatus(id, "ASSIGNED"));
        post(ids.get(0), "accept", Map.of("workerId", li));

        given().queryParam("assignee", li).queryParam("status", "ASSIGNED").queryParam("size", 1)
                .when().get("/api/tickets")
                .then().statusCode(200).body("total", equalTo(2)).body("tickets.size()", equalTo(1));
        given().queryParam("community", community).queryParam("overdue", true)
                .when().get("/api/tickets")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badRequestsAreProblems() {
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");

        given().contentType(ContentType.JSON).body(Map.of("workerId", li))
                .when().post("/api/tickets/BJ20000101-000000/accept")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("workerId", li, "result", "办好了"))
                .when().post("/api/tickets/" + ticket + "/resolve")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("ASSIGNED"));
        given().contentType(ContentType.JSON).body(Map.of("solved", true, "satisfaction", "SATISFIED"))
                .when().post("/api/tickets/" + ticket + "/follow-up")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("solved", true, "satisfaction", "VERY_HAPPY"))
                .when().post("/api/tickets/" + ticket + "/follow-up")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("satisfaction"));
        given().contentType(ContentType.JSON).body(Map.of("note", "没有工号"))
                .when().post("/api/tickets/" + ticket + "/accept")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("workerId"));
        assertThat(awaitStatus(ticket, "ASSIGNED").getList("history.action")).containsExactly("OPENED", "ASSIGNED");
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
