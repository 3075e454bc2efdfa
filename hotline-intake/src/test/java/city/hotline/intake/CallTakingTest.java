package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.TicketOpened;
import city.hotline.events.Topics;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CallTakingTest {

    /** 东四二条社区, Beijing, as the registry announces it. */
    static final String DONGSI_ERTIAO = "110101006001";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    CommunityViewRepository communities;

    @Inject
    CallRepository calls;

    @BeforeAll
    static void registryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, DONGSI_ERTIAO, DONGSI_ERTIAO, new CommunityRegistered(
                DONGSI_ERTIAO, "东四二条社区", "110101006000", "东四街道", "110101000000", "东城区", "110100000000", "北京市"));
    }

    @Test
    void aComplaintInAKnownCommunityOpensATicketAndTellsDispatch() {
        awaitCommunityKnown();
        String ticketId = given().contentType(ContentType.JSON)
                .body(call("东四二条11号院3号楼的电梯坏了三天了，打物业电话没人接，我要投诉物业不作为", DONGSI_ERTIAO))
                .when().post("/api/calls")
                .then().statusCode(201)
                .header("Location", containsString("/api/calls/"))
                .body("id", notNullValue())
                .body("type", equalTo("COMPLAINT"))
                .body("communityCode", equalTo(DONGSI_ERTIAO))
                .body("ticketId", matchesPattern("BJ\\d{8}-\\d{6}"))
                .extract().path("ticketId");

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS,
                record -> record.value().contains(ticketId) && header(record, "ce_type").equals(EventType.TICKET_OPENED.name()),
                BOUND);
        ConsumerRecord<String, String> opened = read.get(read.size() - 1);
        assertThat(opened.key()).isEqualTo(DONGSI_ERTIAO);
        assertThat(header(opened, "ce_subject")).isEqualTo(ticketId);
        TicketOpened ticket = EventJson.read(opened.value(), TicketOpened.class);
        assertThat(ticket.summary()).contains("电梯坏了三天");
    }

    @Test
    void theTicketNumberCarriesTheDayTheCallWasReceivedInBeijingTime() {
        awaitCommunityKnown();
        given().contentType(ContentType.JSON)
                .body("""
                        {"text": "楼道里的灯坏了，请帮忙报修", "communityCode": "%s", "receivedAt": "2022-12-04T17:30:00Z"}
                        """.formatted(DONGSI_ERTIAO))
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("type", equalTo("REQUEST"))
                .body("ticketId", matchesPattern("BJ20221205-\\d{6}"));
    }

    @Test
    void praiseIsTakenWithoutATicket() {
        awaitCommunityKnown();
        given().contentType(ContentType.JSON)
                .body(call("我要表扬社区的吴丽，封控期间天天给我们送菜，太感谢了", DONGSI_ERTIAO))
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("type", equalTo("PRAISE"))
                .body("ticketId", nullValue());
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyAnswersTheFirstCall() {
        awaitCommunityKnown();
        String body = call("家里停水了，老人没法做饭", DONGSI_ERTIAO);
        long before = countCalls();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "op-7-call-42").body(body)
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        String again = given().contentType(ContentType.JSON).header("Idempotency-Key", "op-7-call-42").body(body)
                .when().post("/api/calls").then().statusCode(201).extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(countCalls()).isEqualTo(before + 1);
        given().when().get("/api/calls/" + first).then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void aCallWithoutTextIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = countCalls();
        given().contentType(ContentType.JSON).body("{\"callerPhone\": \"13800001234\"}")
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("text"))
                .body("detail", containsString("text"));
        assertThat(countCalls()).isEqualTo(before);
    }

    @Test
    void aCallLongerThanFourThousandCharactersIsRefused() {
        given().contentType(ContentType.JSON).body(call("长".repeat(4001), null))
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonIsRefusedAsProblemJson() {
        given().contentType(ContentType.JSON).body("{\"text\": \"电梯坏了\",")
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }

    @Test
    void aChannelOutsideTheListIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"text\": \"电梯坏了\", \"channel\": \"FAX\"}")
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
    }

    @Test
    void anUnknownCommunityIsRefusedAndNothingIsStoredOrEmitted() {
        long before = countCalls();
        given().contentType(ContentType.JSON).body(call("电梯坏了", "999999999999"))
                .when().post("/api/calls")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("communityCode"));
        assertThat(countCalls()).isEqualTo(before);
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/calls/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aTextIsClassifiedWithoutBeingStored() {
        long before = countCalls();
        given().contentType(ContentType.JSON).body("{\"text\": \"我想咨询一下核酸检测点什么时候开放\"}")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("type", equalTo("CONSULTATION"))
                .body("category", equalTo("EPIDEMIC_CONTROL"))
                .body("confidence", notNullValue());
        assertThat(countCalls()).isEqualTo(before);
    }

    private void awaitCommunityKnown() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(DONGSI_ERTIAO).isPresent()));
    }

    private long countCalls() {
        return QuarkusTransaction.requiringNew().call(() -> calls.count());
    }

    private static String call(String text, String communityCode) {
        return communityCode == null
                ? "{\"text\": \"%s\"}".formatted(text)
                : "{\"text\": \"%s\", \"callerPhone\": \"13800001234\", \"communityCode\": \"%s\"}".formatted(text, communityCode);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
