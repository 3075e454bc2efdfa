package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Deadlines counted in working time or around the clock, with the holidays and adjusted working
 * days of the calendar, and the policy edited through the API. The tickets are opened at fixed
 * times in 2023, ahead of the test clock, so no other test's moves of the clock change them.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DeadlinePolicyTest {

    @AfterEach
    void backToTheConfiguredPolicy() {
        given().when().delete("/api/deadline-policy").then().statusCode(200);
    }

    @Test
    void aCallAt1720OnAFridayCountsTenMinutesOfFridayThenMonday() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        OffsetDateTime friday = OffsetDateTime.parse("2023-03-10T17:20:00+08:00");

        JsonPath normal = open(community, Urgency.NORMAL, Category.HOUSING, friday);
        assertThat(deadline(normal, "acceptBy")).isEqualTo("2023-03-13T10:20+08:00");
        assertThat(deadline(normal, "resolveBy")).isEqualTo("2023-03-21T17:30+08:00");

        JsonPath urgent = open(community, Urgency.URGENT, Category.HOUSING, friday);
        assertThat(deadline(urgent, "acceptBy")).isEqualTo("2023-03-10T17:35+08:00");
        assertThat(deadline(urgent, "resolveBy")).isEqualTo("2023-03-10T19:20+08:00");

        JsonPath heating = open(community, Urgency.NORMAL, Category.HEATING, friday);
        assertThat(deadline(heating, "acceptBy")).isEqualTo("2023-03-10T19:20+08:00");
        assertThat(deadline(heating, "resolveBy")).isEqualTo("2023-03-11T17:20+08:00");
    }

    @Test
    void theSpringFestivalIsSkippedAndItsAdjustedWeekendIsWorked() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        // 20 January 2023, the Friday before 春节 (21-27 off; Saturday 28 and Sunday 29 worked).
        JsonPath ticket = open(community, Urgency.NORMAL, Category.HOUSING,
                OffsetDateTime.parse("2023-01-20T17:20:00+08:00"));
        assertThat(deadline(ticket, "acceptBy")).isEqualTo("2023-01-28T10:20+08:00");
        assertThat(deadline(ticket, "resolveBy")).isEqualTo("2023-02-03T17:30+08:00");

        given().queryParam("year", 2023).when().get("/api/working-calendar")
                .then().statusCode(200)
                .body("find { it.date == '2023-01-28' }.kind", equalTo("WORKDAY"))
                .body("find { it.date == '2023-01-23' }.name", equalTo("春节"));
    }

    @Test
    void aHolidaySetThroughTheApiMovesTheDeadlinesCountedAfterIt() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        OffsetDateTime friday = OffsetDateTime.parse("2023-11-03T17:20:00+08:00");
        try {
            given().contentType(ContentType.JSON).body(Map.of("kind", "HOLIDAY", "name", "测试假日"))
                    .when().put("/api/working-calendar/2023-11-06")
                    .then().statusCode(200).body("kind", equalTo("HOLIDAY"));
            JsonPath ticket = open(community, Urgency.NORMAL, Category.HOUSING, friday);
            assertThat(deadline(ticket, "acceptBy")).isEqualTo("2023-11-07T10:20+08:00");
        } finally {
            given().when().delete("/api/working-calendar/2023-11-06").then().statusCode(204);
        }
        given().when().delete("/api/working-calendar/2023-11-06")
                .then().statusCode(404).contentType("application/problem+json");
        JsonPath ticket = open(community, Urgency.NORMAL, Category.HOUSING, friday);
        assertThat(deadline(ticket, "acceptBy")).isEqualTo("2023-11-06T10:20+08:00");
    }

    @Test
    void thePolicyIsReadAndReplacedThroughTheApiAndNewTicketsFollowIt() {
        JsonPath configured = given().when().get("/api/deadline-policy")
                .then().statusCode(200)
                .body("workingHours.days", hasItem("MONDAY"))
                .body("workingHours.start", equalTo("08:30"))
                .body("normal.resolve", equalTo("P7D"))
                .body("normal.counted", equalTo("WORKING_TIME"))
                .body("urgent.accept", equalTo("PT15M"))
                .body("categories.HEATING.counted", equalTo("CLOCK"))
                .body("complexResolve", equalTo("P15D"))
                .extract().jsonPath();

        Map<String, Object> policy = new HashMap<>(configured.getMap(""));
        policy.put("normal", Map.of("accept", "PT4H", "resolve", "P3D", "escalateEvery", "P1D", "counted", "CLOCK"));
        given().contentType(ContentType.JSON).body(policy).when().put("/api/deadline-policy")
                .then().statusCode(200).body("normal.resolve", equalTo("P3D"));
        given().when().get("/api/deadline-policy").then().body("normal.counted", equalTo("CLOCK"));

        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        JsonPath ticket = open(community, Urgency.NORMAL, Category.HOUSING,
                OffsetDateTime.parse("2023-03-10T17:20:00+08:00"));
        assertThat(deadline(ticket, "acceptBy")).isEqualTo("2023-03-10T21:20+08:00");
        assertThat(deadline(ticket, "resolveBy")).isEqualTo("2023-03-13T17:20+08:00");

        given().when().delete("/api/deadline-policy").then().statusCode(200).body("normal.resolve", equalTo("P7D"));
        given().when().get("/api/deadline-policy").then().body("normal.counted", equalTo("WORKING_TIME"));
    }

    @Test
    void aPolicyThatMakesNoSenseIsRefusedNamingTheField() {
        Map<String, Object> configured = given().when().get("/api/deadline-policy").then().extract().jsonPath().getMap("");
        refused(with(configured, "urgent", Map.of("accept", "-PT15M", "resolve", "PT2H", "escalateEvery", "PT30M",
                "counted", "CLOCK")), "urgent.accept");
        refused(with(configured, "normal", Map.of("accept", "PT2H", "resolve", "P0D", "escalateEvery", "P1D",
                "counted", "WORKING_TIME")), "normal.resolve");
        refused(with(configured, "complexResolve", "P1DT2H"), "complexResolve");
        refused(with(configured, "workingHours", Map.of("days", List.of("MONDAY"), "start", "17:30",
                "end", "08:30", "nightStarts", "22:00")), "workingHours.end");
        refused(with(configured, "workingHours", Map.of("days", List.of(), "start", "08:30",
                "end", "17:30", "nightStarts", "22:00")), "workingHours.days");
        given().when().get("/api/deadline-policy").then().body("urgent.accept", equalTo("PT15M"));
    }

    private static Map<String, Object> with(Map<String, Object> policy, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(policy);
        changed.put(field, value);
        return changed;
    }

    private static void refused(Map<String, Object> policy, String field) {
        given().contentType(ContentType.JSON).body(policy).when().put("/api/deadline-policy")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static JsonPath open(String community, Urgency urgency, Category category, OffsetDateTime openedAt) {
        String id = Fixtures.newTicketId();
        Fixtures.open(id, community, urgency, category, null, openedAt);
        return awaitStatus(id, "ASSIGNED");
    }

    /** A deadline of the ticket as Beijing's clock shows it. */
    private static String deadline(JsonPath ticket, String field) {
        return OffsetDateTime.parse(ticket.getString(field)).atZoneSameInstant(Fixtures.BEIJING)
                .toOffsetDateTime().toString();
    }
}
