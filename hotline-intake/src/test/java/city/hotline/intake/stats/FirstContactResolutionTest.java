package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Consultations answered on the call in a community of 天津市南开区, March 2023. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class FirstContactResolutionTest {

    static final String COMMUNITY = "120104001001";
    static final List<String> CALLS = List.of(
            "我想咨询一下，社保卡丢了应该去哪里补办",
            "请问社保卡补办需要带什么材料",
            "咨询一下，社区的老年食堂每天几点开门");

    @Inject
    CommunityViewRepository communities;

    static int consultations;
    static int answeredOnCall;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "长虹社区", "120104001000", "长虹街道", "120104000000", "南开区", "120100000000", "天津市"));
    }

    @Test
    void consultationsAnsweredOnTheCallAreCountedWithTheirRateInWeeksMonthsAndCsv() {
        takeTheCalls();
        Map<String, String> week = Map.of("from", "2023-03-13", "to", "2023-03-19", "community", COMMUNITY);
        Map<String, String> month = Map.of("from", "2023-03-01", "to", "2023-03-31", "community", COMMUNITY);
        for (Map<String, String> range : List.of(week, month)) {
            JsonPath row = await().atMost(Duration.ofSeconds(30)).until(
                    () -> given().queryParams(range).get("/api/stats").then().statusCode(200).extract().jsonPath(),
                    json -> json.getInt("periods[0].rows.size()") == 1
                            && json.getInt("periods[0].rows[0].calls") == CALLS.size())
                    .setRootPath("periods[0].rows[0]");
            assertThat(row.getInt("consultations")).isEqualTo(consultations);
            assertThat(row.getInt("answeredOnCall")).isEqualTo(answeredOnCall);
            assertThat(row.getDouble("firstContactResolutionRate"))
                    .isEqualTo(Math.round(10_000.0 * answeredOnCall / consultations) / 10_000.0);
        }
        String csv = given().accept("text/csv").queryParams(week).get("/api/stats")
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(",consultations,answeredOnCall,firstContactResolutionRate");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .endsWith("," + consultations + "," + answeredOnCall + ","
                        + Math.round(10_000.0 * answeredOnCall / consultations) / 10_000.0);
    }

    /** Two of the questions have a current answer in the knowledge base; the third becomes a ticket. */
    private void takeTheCalls() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "社保卡丢了怎么补办", "answer": "携带身份证到社区服务站或任一社保经办网点补办，当场可领临时卡。",
                         "keywords": ["社保卡"], "validFrom": "2023-03-01", "validUntil": "2023-03-31"}
                        """)
                .post("/api/answers").then().statusCode(201);
        for (String text : CALLS) {
            JsonPath answer = given().contentType(ContentType.JSON)
                    .body(Map.of("text", text, "communityCode", COMMUNITY, "receivedAt", "2023-03-15T10:00:00+08:00"))
                    .post("/api/calls").then().statusCode(201).extract().jsonPath();
            if ("CONSULTATION".equals(answer.getString("type"))) {
                consultations++;
                if (answer.getString("ticketId") == null) {
                    answeredOnCall++;
                }
            }
        }
        assertThat(answeredOnCall).as("the knowledge base answered the questions about the 社保卡").isEqualTo(2);
        assertThat(consultations).as("the third question was a consultation too").isEqualTo(3);
    }
}
