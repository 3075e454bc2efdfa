package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.TicketCancelled;
import city.hotline.events.TicketOpened;
import city.hotline.events.Topics;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An operator's correction of a call's type opens or cancels its ticket when the new type requires it. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CorrectionTicketsTest {

    static final String COMMUNITY = "110101099003";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    CommunityViewRepository communities;

    @BeforeAll
    static void registryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "北新桥社区", "110101099000", "北新桥街道", "110101000000", "东城区", "110100000000", "北京市"));
    }

    @Test
    void praiseCorrectedToAComplaintOpensATicket() {
        awaitCommunityKnown();
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\": \"我要表扬社区的吴丽，封控期间天天给我们送菜\", \"communityCode\": \"%s\"}".formatted(COMMUNITY))
                .when().post("/api/calls").then().statusCode(201)
                .body("type", equalTo("PRAISE")).body("ticketId", nullValue())
                .extract().path("id");

        String ticketId = given().contentType(ContentType.JSON)
                .body("{\"type\": \"COMPLAINT\", \"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(200)
                .body("ticketId", matchesPattern("BJ\\d{8}-\\d{6}"))
                .extract().path("ticketId");
        given().when().get("/api/calls/" + id).then().body("ticketId", equalTo(ticketId));

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS, record ->
                record.value().contains(ticketId) && record.value().contains("\"summary\""), BOUND);
        TicketOpened opened = EventJson.read(read.get(read.size() - 1).value(), TicketOpened.class);
        assertThat(opened.callId()).isEqualTo(id);
        assertThat(opened.type()).isEqualTo(CallType.COMPLAINT);
    }

    @Test
    void aRequestCorrectedToASuggestionHasItsTicketCancelled() {
        awaitCommunityKnown();
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\": \"楼道里的灯坏了，请帮忙报修\", \"communityCode\": \"%s\"}".formatted(COMMUNITY))
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        String ticketId = given().when().get("/api/calls/" + id).then().extract().path("ticketId");
        assertThat(ticketId).isNotNull();

        given().header(TestTokens.as(new Grant("op-wangfang", Role.OPERATOR, null, null)))
                .contentType(ContentType.JSON)
                .body("{\"type\": \"SUGGESTION\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(200)
                .body("ticketId", nullValue());

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS, record ->
                record.value().contains(ticketId) && record.value().contains("\"cancelledAt\""), BOUND);
        TicketCancelled cancelled = EventJson.read(read.get(read.size() - 1).value(), TicketCancelled.class);
        assertThat(cancelled.callId()).isEqualTo(id);
        assertThat(cancelled.type()).isEqualTo(CallType.SUGGESTION);
        assertThat(cancelled.operator()).isEqualTo("op-wangfang");
    }

    private void awaitCommunityKnown() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
    }
}
