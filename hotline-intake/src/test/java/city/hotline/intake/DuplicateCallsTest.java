package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketClosed;
import city.hotline.events.WorkerRegistered;
import city.hotline.intake.domain.TicketStatus;
import city.hotline.intake.repository.PlaceNameRepository;
import city.hotline.intake.repository.TicketRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A second call about the same matter joins the open ticket instead of opening another. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DuplicateCallsTest {

    static final String COMMUNITY = "110101099004";
    static final Duration BOUND = Duration.ofSeconds(30);
    static final String LIFT_BROKEN = "和平里七区5号楼的电梯坏了，老人下不了楼，请尽快派人来修";

    @Inject
    PlaceNameRepository placeNames;

    @Inject
    TicketRepository tickets;

    @BeforeAll
    static void registryAnnouncesTheCommunityAndItsBuildings() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "和平里七区社区", "110101099000", "和平里街道", "110101000000", "东城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.WORKER_REGISTERED, COMMUNITY, "w-hepingli-1", new WorkerRegistered("w-hepingli-1",
                COMMUNITY, "赵敏", "BUILDING_HEAD", "楼门长", "13800007777", List.of("和平里七区/5号楼", "和平里七区/6号楼"), true));
    }

    @Test
    void aSecondCallerAboutTheSameMatterJoinsTheOpenTicketUntilItIsClosed() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> placeNames.longestNamedIn("和平里七区6号楼", COMMUNITY).isPresent()));
        String firstCall = given().contentType(ContentType.JSON).body(call(LIFT_BROKEN, "13600000001"))
                .when().post("/api/calls").then().statusCode(201)
                .body("building", equalTo("和平里七区/5号楼"))
                .body("linkedToTicket", equalTo(false))
                .body("ticketCallers", equalTo(1))
                .extract().path("id");
        String ticketId = given().when().get("/api/calls/" + firstCall).then().extract().path("ticketId");

        given().contentType(ContentType.JSON).body(call(LIFT_BROKEN, "13600000002"))
                .when().post("/api/calls").then().statusCode(201)
                .body("ticketId", equalTo(ticketId))
                .body("linkedToTicket", equalTo(true))
                .body("ticketCallers", equalTo(2));
        given().when().get("/api/calls/" + firstCall).then().body("ticketCallers", equalTo(2));

        // Another building is another matter.
        given().contentType(ContentType.JSON).body(call(LIFT_BROKEN.replace("5号楼", "6号楼"), "13600000003"))
                .when().post("/api/calls").then().statusCode(201)
                .body("ticketId", not(equalTo(ticketId)))
                .body("linkedToTicket", equalTo(false));

        TestEvents.publish(EventType.TICKET_CLOSED, COMMUNITY, ticketId,
                new TicketClosed(ticketId, COMMUNITY, Satisfaction.SATISFIED, OffsetDateTime.now()));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> tickets.findById(ticketId).status == TicketStatus.CLOSED));
        String afterClosing = given().contentType(ContentType.JSON).body(call(LIFT_BROKEN, "13600000004"))
                .when().post("/api/calls").then().statusCode(201)
                .body("linkedToTicket", equalTo(false))
                .extract().path("ticketId");
        assertThat(afterClosing).isNotEqualTo(ticketId);
    }

    private static String call(String text, String phone) {
        return "{\"text\": \"%s\", \"callerPhone\": \"%s\"}".formatted(text, phone);
    }
}
