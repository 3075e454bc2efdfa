package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketMarkedComplex;
import city.hotline.events.TicketOpened;
import city.hotline.events.TicketResolved;
import city.hotline.events.Urgency;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What changes a call or ticket after the fact does to the statistics, in a community of
 * 天津市河北区: a call corrected to another type and category moves its count, and a ticket marked
 * complex is judged overdue against its longer resolve-by.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsCorrectionsTest {

    static final String COMMUNITY = "120105001001";
    static final String STREET = "120105001000";

    @Inject
    CommunityViewRepository communities;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "光复道社区", STREET, "光复道街道", "120105000000", "河北区", "120100000000", "天津市"));
    }

    @Test
    void aReclassifiedCallCountsUnderItsNewTypeAndCategory() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        JsonPath call = given().contentType(ContentType.JSON)
                .body(Map.of("text", "楼上邻居装修太吵了，周末一大早就开始砸墙", "communityCode", COMMUNITY,
                        "receivedAt", "2023-04-12T09:00:00+08:00"))
                .post("/api/calls").then().statusCode(201).extract().jsonPath();
        String typeTaken = call.getString("type");
        String categoryTaken = call.getString("category");
        Map<String, String> day = Map.of("from", "2023-04-12", "to", "2023-04-12", "community", COMMUNITY);
        Map<String, String> streetsWeek = Map.of("from", "2023-04-10", "to", "2023-04-16", "level", "street",
                "street", STREET);
        for (Map<String, String> range : List.of(day, streetsWeek)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    assertThat(row(range).getInt("callsByType." + typeTaken)).isEqualTo(1));
        }

        CallType corrected = "PRAISE".equals(typeTaken) ? CallType.SUGGESTION : CallType.PRAISE;
        Category correctedCategory = "HEATING".equals(categoryTaken) ? Category.OTHER : Category.HEATING;
        given().contentType(ContentType.JSON)
                .body(Map.of("type", corrected.name(), "category", correctedCategory.name(), "operator", "话务员李敏"))
                .put("/api/calls/" + call.getString("id") + "/classification").then().statusCode(200);

        // The roll-ups follow the correction within a second (the fold, docs/statistics.md).
        for (Map<String, String> range : List.of(day, streetsWeek)) {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
                JsonPath row = row(range);
                assertThat(row.getInt("calls")).as("%s", range).isEqualTo(1);
                assertThat(row.getInt("callsByType." + corrected)).as("%s", range).isEqualTo(1);
                assertThat(row.getInt("callsByCategory." + correctedCategory)).as("%s", range).isEqualTo(1);
                assertThat(row.getMap("callsByType")).as("%s", range).doesNotContainKey(typeTaken);
                assertThat(row.getMap("callsByCategory")).as("%s", range).doesNotContainKey(categoryTaken);
            });
        }
    }

    @Test
    void aTicketMarkedComplexIsOverdueOnlyAfterItsLongerResolveBy() {
        OffsetDateTime opened = OffsetDateTime.parse("2023-05-09T10:00:00+08:00");
        ticketResolvedAfterFiveDays("TJ-COMPLEX-1", opened, true);
        ticketResolvedAfterFiveDays("TJ-COMPLEX-2", opened, false);

        Map<String, String> day = Map.of("from", "2023-05-09", "to", "2023-05-09", "community", COMMUNITY);
        Map<String, String> streetsWeek = Map.of("from", "2023-05-08", "to", "2023-05-14", "level", "street",
                "street", STREET);
        for (Map<String, String> range : List.of(day, streetsWeek)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonPath row = row(range);
                assertThat(row.getInt("resolved")).as("%s", range).isEqualTo(2);
                assertThat(row.getInt("overdue")).as("only the ticket not marked complex, %s", range).isEqualTo(1);
            });
        }
    }

    /** Resolve-by three days after the opening; marked complex, fifteen days. */
    private static void ticketResolvedAfterFiveDays(String ticket, OffsetDateTime opened, boolean complex) {
        String worker = "2c3f0a52-0000-4000-8000-000000000105";
        TestEvents.publish(EventType.TICKET_OPENED, COMMUNITY, ticket, new TicketOpened(ticket, "call-" + ticket,
                COMMUNITY, CallType.REQUEST, Urgency.NORMAL, Category.UTILITIES, "小区供水管网改造", opened));
        TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, ticket, new TicketAssigned(ticket, COMMUNITY, worker,
                "赵社工", Urgency.NORMAL, Category.UTILITIES, "小区供水管网改造", opened.plusMinutes(1),
                opened.plusHours(2), opened.plusDays(3)));
        if (complex) {
            TestEvents.publish(EventType.TICKET_MARKED_COMPLEX, COMMUNITY, ticket, new TicketMarkedComplex(ticket,
                    COMMUNITY, worker, "赵社工", "涉及自来水公司和物业共同施工", opened.plusDays(15),
                    opened.plusDays(1)));
        }
        TestEvents.publish(EventType.TICKET_RESOLVED, COMMUNITY, ticket, new TicketResolved(ticket, COMMUNITY, worker,
                "赵社工", "管网改造完成", opened.plusDays(5)));
    }

    private static JsonPath row(Map<String, String> range) {
        return given().queryParams(range).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .setRootPath("periods[0].rows[0]");
    }
}
