package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketOpened;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** February 2023's rankings of the communities and streets of 天津市河东区. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class MonthlyRankingsTest {

    static final String DISTRICT = "120102000000";
    static final String DAWANG = "120102001000";
    static final String ERHAO = "120102002000";
    static final String FIRST = "120102001001";
    static final String SECOND = "120102001002";
    static final String THIRD = "120102001003";
    static final String FOURTH = "120102001004";
    static final String FEW = "120102001005";
    static final String NONE = "120102001007";
    static final String OTHER_STREET = "120102002001";

    /** Per community, its tickets: accepted in time or late, then solved (and satisfied) at follow-up or not. */
    static final Map<String, List<Ticket>> TICKETS = Map.of(
            FIRST, List.of(Ticket.GOOD, Ticket.GOOD, Ticket.GOOD, Ticket.GOOD),
            SECOND, List.of(Ticket.GOOD, Ticket.GOOD, Ticket.IN_TIME_UNSOLVED, Ticket.LATE_UNSOLVED),
            THIRD, List.of(Ticket.GOOD, Ticket.GOOD, Ticket.GOOD, Ticket.LATE_SOLVED),
            FOURTH, List.of(Ticket.GOOD, Ticket.GOOD, Ticket.GOOD, Ticket.IN_TIME_UNSOLVED, Ticket.LATE_UNSOLVED,
                    Ticket.LATE_UNSOLVED),
            FEW, List.of(Ticket.GOOD),
            OTHER_STREET, List.of(Ticket.GOOD, Ticket.GOOD, Ticket.LATE_SOLVED));

    enum Ticket {
        GOOD(true, true), IN_TIME_UNSOLVED(true, false), LATE_SOLVED(false, true), LATE_UNSOLVED(false, false);

        final boolean inTime;
        final boolean solved;

        Ticket(boolean inTime, boolean solved) {
            this.inTime = inTime;
            this.solved = solved;
        }
    }

    @BeforeAll
    static void februarysTicketsAreFollowedUp() {
        announce(FIRST, "大王庄社区", DAWANG, "大王庄街道");
        announce(SECOND, "津塘社区", DAWANG, "大王庄街道");
        announce(THIRD, "十一经路社区", DAWANG, "大王庄街道");
        announce(FOURTH, "六纬路社区", DAWANG, "大王庄街道");
        announce(FEW, "大直沽社区", DAWANG, "大王庄街道");
        announce(NONE, "八纬路社区", DAWANG, "大王庄街道");
        announce(OTHER_STREET, "二号桥社区", ERHAO, "二号桥街道");
        OffsetDateTime at = OffsetDateTime.parse("2023-02-06T09:00:00+08:00");
        int n = 0;
        for (Map.Entry<String, List<Ticket>> community : TICKETS.entrySet()) {
            for (Ticket ticket : community.getValue()) {
                follow(community.getKey(), "TJ-RANK-" + n++, ticket, at.plusHours(n));
            }
        }
    }

    @Test
    void communitiesAreRankedOnEachRateTiesShareARankAndFewTicketsAreNotRanked() {
        JsonPath rankings = rankings("community", "3");

        assertThat(rankings.getString("month")).isEqualTo("2023-02");
        assertThat(rankings.getInt("minimumTickets")).isEqualTo(3);
        // 4/4, then 3/4 twice, then 4/6 and 2/3: the same rate, so the same rank.
        assertThat(rankings.getList("rankings[0].standings.code"))
                .containsExactly(FIRST, SECOND, THIRD, FOURTH, OTHER_STREET, FEW, NONE);
        assertThat(rankings.getList("rankings[0].standings.rank")).containsExactly(1, 2, 2, 4, 4, null, null);
        assertThat(rankings.getList("rankings[0].standings.tooFewToRank"))
                .containsExactly(false, false, false, false, false, true, true);
        assertThat(rankings.getList("rankings[0].standings.rate")).containsExactly(1.0f, 0.75f, 0.75f, 0.6667f,
                0.6667f, 1.0f, null);
        assertThat(rankings.getList("rankings[0].standings.of")).containsExactly(4, 4, 4, 6, 3, 1, 0);
        // Resolution: 4/4, 4/4 and 3/3 share the first rank; 2/4 and 3/6 the fourth.
        assertThat(rankings.getString("rankings[1].rate")).isEqualTo("RESOLUTION");
        assertThat(rankings.getList("rankings[1].standings.code"))
                .containsExactly(FIRST, THIRD, OTHER_STREET, SECOND, FOURTH, FEW, NONE);
        assertThat(rankings.getList("rankings[1].standings.rank")).containsExactly(1, 1, 1, 4, 4, null, null);
        assertThat(rankings.getString("rankings[2].rate")).isEqualTo("SATISFACTION");
        assertThat(rankings.getList("rankings[2].standings.rank")).containsExactly(1, 1, 1, 4, 4, null, null);
    }

    @Test
    void streetsAreRankedOnTheirCommunitiesTogether() {
        JsonPath rankings = rankings("street", "3");
        // 大王庄街道: 15 of 19 accepted in time; 二号桥街道: 2 of 3.
        assertThat(rankings.getList("rankings[0].standings.code")).containsExactly(DAWANG, ERHAO);
        assertThat(rankings.getList("rankings[0].standings.count")).containsExactly(15, 2);
        assertThat(rankings.getList("rankings[0].standings.of")).containsExactly(19, 3);
        assertThat(rankings.getList("rankings[0].standings.rank")).containsExactly(1, 2);
    }

    @Test
    void byDefaultAPlaceNeedsTenTickets() {
        awaitEveryFollowUp();
        given().queryParam("month", "2023-02").queryParam("district", DISTRICT).get("/api/stats/rankings")
                .then().statusCode(200)
                .body("minimumTickets", equalTo(10))
                .body("rankings[0].standings.findAll { it.tooFewToRank }.size()", equalTo(7));
    }

    @Test
    void theRankingsComeAsCsv() {
        awaitEveryFollowUp();
        String csv = given().accept("text/csv").queryParam("month", "2023-02").queryParam("level", "community")
                .queryParam("district", DISTRICT).queryParam("min", "3")
                .get("/api/stats/rankings")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFmonth,level,rate,rank,code,name,count,of,value\r\n");
        assertThat(csv.lines()).hasSize(1 + 3 * 7)
                .contains("2023-02,COMMUNITY,RESPONSE,1," + FIRST + ",大王庄社区,4,4,1.0")
                .contains("2023-02,COMMUNITY,RESPONSE,too few to rank," + NONE + ",八纬路社区,0,0,");
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        for (Map<String, String> query : List.of(Map.of("month", "2023-13"), Map.of("month", "2023-02-01"),
                Map.<String, String>of())) {
            given().queryParams(query).get("/api/stats/rankings")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("month"));
        }
        for (String level : List.of("district", "planet")) {
            given().queryParam("month", "2023-02").queryParam("level", level).get("/api/stats/rankings")
                    .then().statusCode(400).body("errors[0].field", equalTo("level"));
        }
        for (String min : List.of("0", "-3", "many")) {
            given().queryParam("month", "2023-02").queryParam("min", min).get("/api/stats/rankings")
                    .then().statusCode(400).body("errors[0].field", equalTo("min"));
        }
        given().queryParam("month", "2023-02").queryParam("district", "990199000000").get("/api/stats/rankings")
                .then().statusCode(400).body("errors[0].field", equalTo("district"));
    }

    private static JsonPath rankings(String level, String min) {
        awaitEveryFollowUp();
        return given().queryParam("month", "2023-02").queryParam("level", level).queryParam("district", DISTRICT)
                .queryParam("min", min)
                .get("/api/stats/rankings").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitEveryFollowUp() {
        int tickets = TICKETS.values().stream().mapToInt(List::size).sum();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .queryParam("from", "2023-02-01").queryParam("to", "2023-02-28").queryParam("level", "district")
                .queryParam("district", DISTRICT)
                .get("/api/stats")
                .then().statusCode(200).body("periods[0].rows[0].followUps", equalTo(tickets)));
    }

    private static void follow(String community, String ticketId, Ticket ticket, OffsetDateTime at) {
        String worker = "3c3f0a52-0000-4000-8000-000000000001";
        TestEvents.publish(EventType.TICKET_OPENED, community, ticketId, new TicketOpened(ticketId,
                "call-" + ticketId, community, CallType.REQUEST, Urgency.NORMAL, Category.SANITATION, "垃圾未清运", at));
        TestEvents.publish(EventType.TICKET_ASSIGNED, community, ticketId, new TicketAssigned(ticketId, community,
                worker, "李师傅", Urgency.NORMAL, Category.SANITATION, "垃圾未清运", at, at.plusHours(2), at.plusDays(7)));
        TestEvents.publish(EventType.TICKET_ACCEPTED, community, ticketId, new TicketAccepted(ticketId, community,
                worker, "李师傅", at.plusHours(ticket.inTime ? 1 : 3), at.plusDays(7)));
        TestEvents.publish(EventType.TICKET_FOLLOWED_UP, community, ticketId, new TicketFollowedUp(ticketId,
                community, ticket.solved, ticket.solved ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED, null,
                at.plusDays(2)));
    }

    private static void announce(String code, String name, String street, String streetName) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, street,
                streetName, DISTRICT, "河东区", "120100000000", "天津市"));
    }
}
