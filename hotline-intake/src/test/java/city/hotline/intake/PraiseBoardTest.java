package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.WorkerRegistered;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.WorkerNameRepository;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The praise board of 28 Nov - 5 Dec 2022 in two communities of 东四街道's neighbour, 朝阳门街道. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PraiseBoardTest {

    static final String STREET = "110101098000";
    static final String OTHER_STREET = "110101097000";
    static final String SHIJIA = "110101098001";
    static final String LUMICANG = "110101098002";
    static final String WORKER = "w-board-1";
    static final String NAMING_WANG = "我要表扬史家社区的王芳，封控期间天天给我们送菜，太感谢了";
    static final String THANKS = "感谢社区工作人员，封控期间辛苦了，服务很周到";
    static final String LATE_THANKS = "表扬禄米仓社区，感谢工作人员上门帮老人买药，服务很周到";

    @Inject
    WorkerNameRepository workers;

    @Inject
    CommunityViewRepository communities;

    static boolean taken;

    @BeforeAll
    static void registryAnnouncesTheCommunitiesAndTheirWorker() {
        announce(SHIJIA, "史家社区");
        announce(LUMICANG, "禄米仓社区");
        TestEvents.publish(EventType.WORKER_REGISTERED, SHIJIA, WORKER, new WorkerRegistered(WORKER, SHIJIA, "王芳",
                "COMMUNITY_WORKER", "社工", "13800007777", List.of(), true));
    }

    @Test
    void theBoardCountsPraisePerCommunityAndWorkerAndListsTheNewestCallsWithTheirTexts() {
        takeThePraise();
        JsonPath board = board(null).then().statusCode(200).extract().jsonPath();
        assertThat(board.getInt("praise")).isEqualTo(6);
        assertThat(board.getList("communities.code")).containsExactly(SHIJIA, LUMICANG);
        assertThat(board.getList("communities.name")).containsExactly("史家社区", "禄米仓社区");
        assertThat(board.getList("communities.praise", Integer.class)).containsExactly(4, 2);
        assertThat(board.getList("workers.workerName")).containsExactly("王芳");
        assertThat(board.getList("workers.praise", Integer.class)).containsExactly(3);
        assertThat(board.getBoolean("callsWithheld")).isFalse();
        // Newest first; the call half an hour after the period is not on it, the one half an hour before its end is.
        assertThat(board.getList("calls.text")).containsExactly(
                LATE_THANKS, LATE_THANKS, THANKS, NAMING_WANG, NAMING_WANG, NAMING_WANG);
        assertThat(board.getList("calls.workerName")).containsExactly(null, null, null, "王芳", "王芳", "王芳");
        assertThat(board.getString("calls[0].receivedAt")).isEqualTo("2022-12-05T23:30:00+08:00");

        given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05").queryParam("street", STREET)
                .queryParam("limit", 2).get("/api/praise/board").then().statusCode(200)
                .body("praise", equalTo(6)).body("calls.size()", equalTo(2))
                .body("calls[1].receivedAt", equalTo("2022-12-04T10:00:00+08:00"));
        given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05").queryParam("community", LUMICANG)
                .get("/api/praise/board").then().statusCode(200)
                .body("praise", equalTo(2)).body("workers.size()", equalTo(0)).body("calls.size()", equalTo(2));
        // No place named: the whole city, where other tests' praise of the period counts too.
        JsonPath city = given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05")
                .get("/api/praise/board").then().statusCode(200).extract().jsonPath();
        assertThat(city.getInt("praise")).isGreaterThanOrEqualTo(6);
        assertThat(city.getList("communities.code")).contains(SHIJIA, LUMICANG);
    }

    @Test
    void anAnalystGetsTheCountsButNoCallTexts() {
        takeThePraise();
        board(TestTokens.as(Role.ANALYST)).then().statusCode(200)
                .body("praise", equalTo(6))
                .body("workers[0].praise", equalTo(3))
                .body("callsWithheld", equalTo(true))
                .body("calls.size()", equalTo(0));
    }

    @Test
    void aSupervisorSeesTheBoardOfTheirUnitOnly() {
        takeThePraise();
        board(TestTokens.supervisor(STREET)).then().statusCode(200).body("calls.size()", equalTo(6));
        board(TestTokens.supervisor(OTHER_STREET)).then().statusCode(403);
        given().header(TestTokens.supervisor(STREET)).queryParam("from", "2022-11-28").queryParam("to", "2022-12-05")
                .get("/api/praise/board").then().statusCode(403);
    }

    @Test
    void badInputIsAnsweredWithTheParameterNamed() {
        given().queryParam("from", "2022-12-05").queryParam("to", "2022-11-28").get("/api/praise/board")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05").queryParam("street", "110101096000")
                .get("/api/praise/board").then().statusCode(400).body("errors[0].field", equalTo("street"));
        for (String limit : List.of("0", "201", "many")) {
            given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05").queryParam("limit", limit)
                    .get("/api/praise/board").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    /** The street's board of the period, as admin or with the token given. */
    private static Response board(Header token) {
        RequestSpecification request = given().queryParam("from", "2022-11-28").queryParam("to", "2022-12-05")
                .queryParam("street", STREET);
        return (token == null ? request : request.header(token)).get("/api/praise/board");
    }

    /** Seven praising calls, taken once for all the tests. */
    private void takeThePraise() {
        synchronized (PraiseBoardTest.class) {
            if (taken) {
                return;
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> workers.findByIdOptional(WORKER).isPresent()
                            && communities.findByIdOptional(LUMICANG).isPresent()));
            praise(SHIJIA, NAMING_WANG, "2022-11-29T10:00:00+08:00");
            praise(SHIJIA, NAMING_WANG, "2022-11-30T10:00:00+08:00");
            praise(SHIJIA, NAMING_WANG, "2022-12-01T10:00:00+08:00");
            praise(SHIJIA, THANKS, "2022-12-02T10:00:00+08:00");
            praise(LUMICANG, LATE_THANKS, "2022-12-04T10:00:00+08:00");
            praise(LUMICANG, LATE_THANKS, "2022-12-05T23:30:00+08:00");
            praise(LUMICANG, LATE_THANKS, "2022-12-06T00:30:00+08:00");
            taken = true;
        }
    }

    private static void praise(String community, String text, String at) {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"%s\", \"communityCode\": \"%s\", \"receivedAt\": \"%s\"}".formatted(text, community, at))
                .post("/api/calls").then().statusCode(201).body("type", equalTo("PRAISE"));
    }

    private static void announce(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, STREET,
                "朝阳门街道", "110101000000", "东城区", "110100000000", "北京市"));
    }
}
