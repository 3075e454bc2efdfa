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
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallReceived;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Five weeks of calls in two streets of 石家庄市长安区, up to 2022-W48 (28 Nov - 4 Dec): the week's top
 * categories and those rising against the mean of 2022-W44..W47, read from the daily roll-ups.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class WeeklyTrendsTest {

    static final String DISTRICT = "130102000000";
    static final String JIANBEI = "130102001000";
    static final String QINGYUAN = "130102002000";
    static final List<String> JIANBEI_COMMUNITIES = List.of("130102001001", "130102001002");
    static final String QINGYUAN_COMMUNITY = "130102002001";
    static final List<String> BEFORE = List.of("2022-10-31", "2022-11-07", "2022-11-14", "2022-11-21");
    static final AtomicInteger CALLS = new AtomicInteger();

    @BeforeAll
    static void fiveWeeksOfCallsAreTaken() {
        announce(JIANBEI_COMMUNITIES.get(0), "建北社区", JIANBEI, "建北街道");
        announce(JIANBEI_COMMUNITIES.get(1), "中山东社区", JIANBEI, "建北街道");
        announce(QINGYUAN_COMMUNITY, "青园社区", QINGYUAN, "青园街道");
        // Outside the five weeks, published first so they are counted (or not) before the rest.
        calls(3, Category.NOISE_NEIGHBOUR, CallType.COMPLAINT, "2022-10-30T10:00:00+08:00");
        calls(3, Category.SUPPLIES, CallType.REQUEST, "2022-12-05T10:00:00+08:00");
        // Half past midnight on Monday in Beijing, still Sunday in UTC: a call of the week.
        calls(1, Category.EPIDEMIC_CONTROL, CallType.COMPLAINT, "2022-11-28T00:30:00+08:00");
        calls(11, Category.EPIDEMIC_CONTROL, CallType.REQUEST, "2022-11-30T10:00:00+08:00");
        calls(8, Category.SUPPLIES, CallType.REQUEST, "2022-12-01T10:00:00+08:00");
        calls(6, Category.SANITATION, CallType.COMPLAINT, "2022-12-04T20:00:00+08:00");
        calls(5, Category.MEDICAL, CallType.CONSULTATION, "2022-12-02T10:00:00+08:00");
        calls(4, Category.HEATING, CallType.COMPLAINT, "2022-12-03T10:00:00+08:00");
        // Praise is not a problem: the week's surge of it is not a trend.
        calls(20, Category.EPIDEMIC_CONTROL, CallType.PRAISE, "2022-11-29T10:00:00+08:00");
        for (String monday : BEFORE) {
            calls(1, Category.EPIDEMIC_CONTROL, CallType.COMPLAINT, monday + "T09:00:00+08:00");
            calls(4, Category.SUPPLIES, CallType.REQUEST, monday + "T09:00:00+08:00");
            calls(8, Category.SANITATION, CallType.COMPLAINT, monday + "T09:00:00+08:00");
        }
        for (int i = 1; i <= 7; i++) {
            TestEvents.publish(EventType.CALL_RECEIVED, QINGYUAN_COMMUNITY, "TREND-Q" + i, call("TREND-Q" + i,
                    QINGYUAN_COMMUNITY, Category.TRAFFIC, CallType.COMPLAINT, "2022-11-29T10:00:00+08:00"));
        }
    }

    @Test
    void aStreetsTopCategoriesAreItsMostCalledAndItsRisingOnesRoseMostAgainstTheFourWeeksBefore() {
        JsonPath jianbei = awaitEveryCall();
        assertThat(jianbei.getString("week")).isEqualTo("2022-W48");
        assertThat(jianbei.getInt("minimumCalls")).isEqualTo(5);
        assertThat(jianbei.getString("places[0].name")).isEqualTo("建北街道");
        assertThat(jianbei.getList("places[0].top.category")).containsExactly(
                "EPIDEMIC_CONTROL", "SUPPLIES", "SANITATION", "MEDICAL", "HEATING");
        assertThat(jianbei.getList("places[0].top.calls", Integer.class)).containsExactly(12, 8, 6, 5, 4);
        // HEATING rose by 4 from nothing but has fewer calls than the minimum; SANITATION fell.
        assertThat(jianbei.getList("places[0].rising.category")).containsExactly(
                "EPIDEMIC_CONTROL", "MEDICAL", "SUPPLIES");
        assertThat(jianbei.getMap("places[0].rising[0]")).containsEntry("calls", 12)
                .containsEntry("meanOfFourWeeks", 1.0f).containsEntry("rise", 11.0f).containsEntry("riseRatio", 12.0f);
        assertThat(jianbei.getMap("places[0].rising[1]")).containsEntry("calls", 5)
                .containsEntry("meanOfFourWeeks", 0.0f).containsEntry("rise", 5.0f).containsEntry("riseRatio", null);
        assertThat(jianbei.getMap("places[0].rising[2]")).containsEntry("calls", 8)
                .containsEntry("meanOfFourWeeks", 4.0f).containsEntry("rise", 4.0f).containsEntry("riseRatio", 2.0f);
    }

    @Test
    void withoutAPlaceEveryStreetHasItsTrendAndADistrictHasItsOwn() {
        awaitEveryCall();
        // Qingyuan's calls are folded into the roll-ups within a second of Jianbei's: polled for.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonPath every = given().queryParam("week", "2022-W48").get("/api/stats/trends")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(every.getList("places.code")).contains(JIANBEI, QINGYUAN);
            Map<String, Object> qingyuan = every.<Map<String, Object>>getList("places").stream()
                    .filter(place -> QINGYUAN.equals(place.get("code"))).findFirst().orElseThrow();
            assertThat(qingyuan).containsEntry("level", "STREET").containsEntry("name", "青园街道");
            assertThat(qingyuan.get("top").toString()).contains("TRAFFIC");
            JsonPath district = given().queryParam("week", "2022-W48").queryParam("district", DISTRICT)
                    .get("/api/stats/trends").then().statusCode(200).extract().jsonPath();
            assertThat(district.getString("places[0].level")).isEqualTo("DISTRICT");
            assertThat(district.getString("places[0].name")).isEqualTo("长安区");
            assertThat(district.getList("places[0].top.category")).containsExactly(
                    "EPIDEMIC_CONTROL", "SUPPLIES", "TRAFFIC", "SANITATION", "MEDICAL");
            assertThat(district.getList("places[0].top.calls", Integer.class)).containsExactly(12, 8, 7, 6, 5);
            assertThat(district.getList("places[0].rising.category")).containsExactly(
                    "EPIDEMIC_CONTROL", "TRAFFIC", "MEDICAL", "SUPPLIES");
        });
    }

    @Test
    void csvHasAHeaderRowAndALinePerListedCategory() {
        awaitEveryCall();
        String csv = given().accept("text/csv").queryParam("week", "2022-W48").queryParam("street", JIANBEI)
                .get("/api/stats/trends").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertThat(csv).startsWith(
                "\uFEFFweek,level,code,name,list,rank,category,calls,meanOfFourWeeks,rise,riseRatio\r\n");
        assertThat(csv.lines()).hasSize(1 + 5 + 3)
                .contains("2022-W48,STREET," + JIANBEI + ",建北街道,rising,1,EPIDEMIC_CONTROL,12,1.0,11.0,12.0")
                .contains("2022-W48,STREET," + JIANBEI + ",建北街道,rising,2,MEDICAL,5,0.0,5.0,");
    }

    @Test
    void aSupervisorSeesTheTrendsOfTheirUnitOnly() {
        given().header(TestTokens.supervisor(JIANBEI)).queryParam("week", "2022-W48").queryParam("street", JIANBEI)
                .get("/api/stats/trends").then().statusCode(200);
        given().header(TestTokens.supervisor(JIANBEI)).queryParam("week", "2022-W48").queryParam("street", QINGYUAN)
                .get("/api/stats/trends").then().statusCode(403);
        given().header(TestTokens.supervisor(JIANBEI)).queryParam("week", "2022-W48")
                .get("/api/stats/trends").then().statusCode(403);
    }

    @Test
    void aBadWeekOrAnUnknownPlaceIsAnsweredWithTheParameterNamed() {
        for (String week : List.of("2022-W60", "2022-W00", "2022-48")) {
            given().queryParam("week", week).get("/api/stats/trends")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("week"));
        }
        given().get("/api/stats/trends").then().statusCode(400).body("errors[0].field", equalTo("week"));
        given().queryParam("week", "2022-W48").queryParam("street", "130102099000").get("/api/stats/trends")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("street"));
        given().queryParam("week", "2022-W48").queryParam("district", "139999000000").get("/api/stats/trends")
                .then().statusCode(400).body("errors[0].field", equalTo("district"));
        given().queryParam("week", "2022-W48").queryParam("street", "1301").get("/api/stats/trends")
                .then().statusCode(400).body("errors[0].field", equalTo("street"));
    }

    /** Once every call of the five weeks is counted the street's JSON; the counts only grow. */
    private static JsonPath awaitEveryCall() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("week", "2022-W48")
                .queryParam("street", JIANBEI).get("/api/stats/trends").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("places[0].top.calls", Integer.class).equals(List.of(12, 8, 6, 5, 4))
                        && json.getList("places[0].rising.meanOfFourWeeks", Float.class)
                                .equals(List.of(1.0f, 0.0f, 4.0f)));
    }

    /** Calls of Jianbei, alternately in its two communities. */
    private static void calls(int count, Category category, CallType type, String at) {
        for (int i = 0; i < count; i++) {
            String callId = "TREND-" + CALLS.incrementAndGet();
            String community = JIANBEI_COMMUNITIES.get(i % 2);
            TestEvents.publish(EventType.CALL_RECEIVED, community, callId, call(callId, community, category, type, at));
        }
    }

    private static CallReceived call(String callId, String community, Category category, CallType type, String at) {
        return new CallReceived(callId, community, "PHONE", type, Urgency.NORMAL, category, 0.9,
                OffsetDateTime.parse(at), type.opensTicket() ? "T-" + callId : null, false);
    }

    private static void announce(String code, String name, String street, String streetName) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, street,
                streetName, DISTRICT, "长安区", "130100000000", "石家庄市"));
    }
}
