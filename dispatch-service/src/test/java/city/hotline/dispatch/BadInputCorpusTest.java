package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.BadInputCorpus;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every endpoint that takes a body, sent the bad-input corpus: refused cleanly, or kept as sent. Each step of a
 * ticket's life gets a ticket in the state that step needs, so the example itself is taken.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class BadInputCorpusTest {

    /** Far from any date another test puts in the working calendar. */
    private static final String CALENDAR_DAY = "2099-01-05";

    @Inject
    DataSource database;

    @Inject
    TestClock clock;

    @Test
    void everyBadInputIsRefusedCleanlyAndStoresNothing() {
        String community = Fixtures.newCommunity();
        List<String> workers = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"),
                Worker.onDuty("王社工", "COMMUNITY_WORKER"), Worker.onDuty("燃气公司王师傅", "PARTNER"));
        List<String> tickets = IntStream.range(0, 6).mapToObj(i -> openedTicket(community)).toList();
        tickets.forEach(BadInputCorpusTest::awaitAssigned);
        String assigned = tickets.get(0);
        String accepted = tickets.get(1);
        String resolved = tickets.get(2);
        String handedBack = tickets.get(3);
        String reassigned = tickets.get(4);
        String complex = tickets.get(5);
        String[] assignees = {assignee(assigned), assignee(accepted), assignee(resolved)};
        post(accepted, "accept", Map.of("workerId", assignees[1]));
        post(resolved, "accept", Map.of("workerId", assignees[2]));
        post(resolved, "resolve", Map.of("workerId", assignees[2], "result", "已安排车辆接送透析"));
        String other = workers.get(0).equals(assignee(reassigned)) ? workers.get(1) : workers.get(0);

        BadInputCorpus.of("dispatch-service", database)
                .example("POST /api/tickets/{id}/accept", "{\"workerId\": \"%s\"}".formatted(assignees[0]))
                .example("POST /api/tickets/{id}/progress",
                        "{\"workerId\": \"%s\", \"note\": \"已联系车队，周三早7点接魏先生去透析\"}".formatted(assignees[1]))
                .example("POST /api/tickets/{id}/help", "{\"workerId\": \"%s\", \"role\": \"PARTNER\", "
                        .formatted(assignees[1]) + "\"note\": \"燃气管道漏气，请燃气公司师傅上门\"}")
                .example("POST /api/tickets/{id}/hand-back",
                        "{\"workerId\": \"%s\", \"reason\": \"不是本网格的楼栋\"}".formatted(assignee(handedBack)))
                .example("POST /api/tickets/{id}/resolve",
                        "{\"workerId\": \"%s\", \"result\": \"已安排志愿者车辆\"}".formatted(assignees[1]))
                .example("POST /api/tickets/{id}/follow-up",
                        "{\"solved\": true, \"satisfaction\": \"SATISFIED\", \"note\": \"魏先生表示问题已解决\"}")
                .example("POST /api/tickets/{id}/reassign",
                        "{\"workerId\": \"%s\", \"reason\": \"原处理人休假，改派李社工\"}".formatted(other))
                .example("POST /api/tickets/{id}/complex", "{\"workerId\": \"%s\", \"reason\": \"涉及小区管网改造\"}"
                        .formatted(assignee(complex)))
                .example("PUT /api/communities/{code}/routing-rules",
                        "{\"SANITATION\": [\"COMMUNITY_WORKER\", \"PROPERTY_STAFF\"]}")
                .example("PUT /api/deadline-policy", """
                        {"workingHours": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                          "start": "08:30", "end": "17:30", "nightStarts": "22:00"},
                         "urgent": {"accept": "PT15M", "resolve": "PT4H", "escalateEvery": "PT1H", "counted": "CLOCK"},
                         "normal": {"accept": "PT4H", "resolve": "P3D", "escalateEvery": "P1D", "counted": "WORKING_TIME"},
                         "complexResolve": "P15D",
                         "categories": {"HEATING": {"accept": "PT2H", "resolve": "P1D", "escalateEvery": "PT4H",
                          "counted": "CLOCK"}}}""")
                .example("PUT /api/working-calendar/{date}", "{\"kind\": \"HOLIDAY\", \"name\": \"春节\"}")
                .pathValue("code", community)
                .pathValue("date", CALENDAR_DAY)
                .pathValue("POST /api/tickets/{id}/accept", "id", () -> assigned)
                .pathValue("POST /api/tickets/{id}/progress", "id", () -> accepted)
                .pathValue("POST /api/tickets/{id}/help", "id", () -> accepted)
                .pathValue("POST /api/tickets/{id}/hand-back", "id", () -> handedBack)
                .pathValue("POST /api/tickets/{id}/resolve", "id", () -> accepted)
                .pathValue("POST /api/tickets/{id}/follow-up", "id", () -> resolved)
                .pathValue("POST /api/tickets/{id}/reassign", "id", () -> reassigned)
                .pathValue("POST /api/tickets/{id}/complex", "id", () -> complex)
                .run();
    }

    /** Other tests count on the default deadline policy and calendar. */
    @AfterEach
    void restoreThePolicy() {
        given().delete("/api/deadline-policy").then().statusCode(200);
        given().delete("/api/working-calendar/" + CALENDAR_DAY);
    }

    private String openedTicket(String community) {
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        return ticket;
    }

    /** Longer than the fixtures' bound: the first tickets of a fresh service wait for its consumers to join. */
    private static void awaitAssigned(String ticket) {
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            Response response = given().get("/api/tickets/" + ticket).then().extract().response();
            return response.statusCode() == 200 && "ASSIGNED".equals(response.jsonPath().getString("status"));
        });
    }

    private static String assignee(String ticket) {
        return given().get("/api/tickets/" + ticket).then().statusCode(200).extract().path("assignee.workerId");
    }
}
