package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketFollowedUp;
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

/** An analyst's view of the week of 28 Nov 2022 in two communities of 安定门街道. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CallStatisticsTest {

    static final String ZHONGLOUWAN = "110101004001";
    static final String NEIGHBOUR = "110101004002";
    static final String ANDINGMEN = "110101004000";
    static final Duration BOUND = Duration.ofSeconds(30);

    static final List<String> ZHONGLOUWAN_CALLS = List.of(
            "我要表扬钟楼湾社区的申书记，封控期间天天给我们送菜，太感谢了",
            "感谢社区工作人员帮我家老人买到了药，给你们点赞",
            "我要投诉，小区门口的垃圾三天没人清运了，味道很大",
            "请社区帮忙协调一下，钟库胡同1号院魏先生周三要去医院透析",
            "建议社区在胡同口增设一个快递柜，方便老人取件");

    @Inject
    CommunityViewRepository communities;

    /** What intake answered for each call, so the tallies are checked against what operators saw. */
    static Map<String, Integer> typesAnswered = new HashMap<>();
    static int ticketsOpened;
    static String firstTicket;

    @BeforeAll
    static void theWeeksCallsAreTaken() {
        announce(ZHONGLOUWAN, "钟楼湾社区");
        announce(NEIGHBOUR, "宝钞社区");
    }

    @Test
    void theWeeklyFiguresOfACommunityCountItsCallsTicketsAndTheThreeRates() {
        takeTheWeeksCalls();
        String worker = "1c3f0a52-0000-4000-8000-000000000001";
        TestEvents.publish(EventType.TICKET_ASSIGNED, ZHONGLOUWAN, firstTicket, new TicketAssigned(firstTicket,
                ZHONGLOUWAN, worker, "申海雁", Urgency.NORMAL, Category.OTHER, "…", at("2022-11-29T10:01:00"),
                at("2022-11-29T12:00:00"), at("2022-12-06T10:00:00")));
        TestEvents.publish(EventType.TICKET_ACCEPTED, ZHONGLOUWAN, firstTicket, new TicketAccepted(firstTicket,
                ZHONGLOUWAN, worker, "申海雁", at("2022-11-29T10:30:00"), at("2022-12-06T10:00:00")));
        TestEvents.publish(EventType.TICKET_RESOLVED, ZHONGLOUWAN, firstTicket, new TicketResolved(firstTicket,
                ZHONGLOUWAN, worker, "申海雁", "已协调车辆", at("2022-11-30T10:00:00")));
        TestEvents.publish(EventType.TICKET_FOLLOWED_UP, ZHONGLOUWAN, firstTicket, new TicketFollowedUp(firstTicket,
                ZHONGLOUWAN, true, Satisfaction.BASICALLY_SATISFIED, null, at("2022-12-01T09:00:00")));

        JsonPath row = await().atMost(BOUND).until(
                () -> given().queryParam("week", "2022-W48").queryParam("community", ZHONGLOUWAN)
                        .get("/api/stats/weekly").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("periods[0].rows").size() == 1
                        && json.getInt("periods[0].rows[0].calls") == ZHONGLOUWAN_CALLS.size()
                        && json.getInt("periods[0].rows[0].followUps") == 1)
                .setRootPath("periods[0].rows[0]");

        assertThat(row.getString("name")).isEqualTo("钟楼湾社区");
        assertThat(row.getInt("praise")).isEqualTo(typesAnswered.getOrDefault("PRAISE", 0));
        assertThat(row.getInt("complaints")).isEqualTo(typesAnswered.getOrDefault("COMPLAINT", 0));
        assertThat(row.getInt("suggestions")).isEqualTo(typesAnswered.getOrDefault("SUGGESTION", 0));
        assertThat(row.getInt("ticketsOpened")).isEqualTo(ticketsOpened);
        assertThat(row.getInt("ticketsDispatched")).isEqualTo(1);
        assertThat(row.getInt("acceptedInTime")).isEqualTo(1);
        assertThat(row.getDouble("meanMinutesToAccept")).isEqualTo(30.0);
        assertThat(row.getDouble("meanMinutesToResolve")).isEqualTo(24 * 60.0);
        assertThat(row.getDouble("responseRate")).isEqualTo(1.0);
        assertThat(row.getDouble("resolutionRate")).isEqualTo(1.0);
        assertThat(row.getDouble("satisfactionRate")).isEqualTo(1.0);
    }

    @Test
    void aStreetRollsUpItsCommunities() {
        takeTheWeeksCalls();
        await().atMost(BOUND).untilAsserted(() -> given()
                .queryParam("week", "2022-W48").queryParam("level", "street").queryParam("street", ANDINGMEN)
                .get("/api/stats/weekly")
                .then().statusCode(200)
                .body("periods[0].rows.size()", equalTo(1))
                .body("periods[0].rows[0].code", equalTo(ANDINGMEN))
                .body("periods[0].rows[0].calls", equalTo(ZHONGLOUWAN_CALLS.size() + 1)));
    }

    @Test
    void aRangeByDayHasOnePeriodPerDay() {
        given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05").queryParam("by", "day")
                .queryParam("community", ZHONGLOUWAN)
                .get("/api/stats")
                .then().statusCode(200)
                .body("periods.size()", equalTo(8))
                .body("periods[7].from", equalTo("2022-12-05"));
    }

    @Test
    void theSameFiguresComeAsCsvThatExcelReadsInChinese() {
        takeTheWeeksCalls();
        await().atMost(BOUND).untilAsserted(() -> {
            String csv = given().accept("text/csv").queryParam("week", "2022-W48").queryParam("community", ZHONGLOUWAN)
                    .get("/api/stats/weekly")
                    .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
            assertThat(csv).startsWith("\uFEFFfrom,to,code,name,calls,type.PRAISE");
            assertThat(csv.lines()).hasSize(2);
            assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                    .startsWith("2022-11-28,2022-12-04," + ZHONGLOUWAN + ",钟楼湾社区," + ZHONGLOUWAN_CALLS.size() + ",");
        });
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        given().queryParam("week", "2022-48").get("/api/stats/weekly")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("week"));
        given().queryParam("week", "2022-W54").get("/api/stats/weekly")
                .then().statusCode(400).body("errors[0].field", equalTo("week"));
        given().queryParam("week", "2022-W48").queryParam("level", "planet").get("/api/stats/weekly")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().queryParam("from", "2022-12-05").queryParam("to", "2022-11-28").get("/api/stats")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2022-13-01").queryParam("to", "2022-12-01").get("/api/stats")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    /** Once per test class: the other tests of the class see the same week. */
    private synchronized void takeTheWeeksCalls() {
        if (firstTicket != null) {
            return;
        }
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(
                () -> communities.findByIdOptional(ZHONGLOUWAN).isPresent()
                        && communities.findByIdOptional(NEIGHBOUR).isPresent()));
        for (String text : ZHONGLOUWAN_CALLS) {
            JsonPath answer = take(text, ZHONGLOUWAN);
            typesAnswered.merge(answer.getString("type"), 1, Integer::sum);
            if (answer.getString("ticketId") != null) {
                ticketsOpened++;
                if (firstTicket == null) {
                    firstTicket = answer.getString("ticketId");
                }
            }
        }
        take("楼上邻居每天半夜装修，噪音太大，投诉好几次了", NEIGHBOUR);
        assertThat(firstTicket).as("at least one of the week's calls opens a ticket").isNotNull();
    }

    private static JsonPath take(String text, String community) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "communityCode", community, "receivedAt", "2022-11-29T10:00:00+08:00"))
                .post("/api/calls")
                .then().statusCode(201).extract().jsonPath();
    }

    private static OffsetDateTime at(String beijingTime) {
        return OffsetDateTime.parse(beijingTime + "+08:00");
    }

    private static void announce(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, ANDINGMEN,
                "安定门街道", "110101000000", "东城区", "110100000000", "北京市"));
    }
}
