package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.awaitTicket;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;

/** Workers and supervisors see the tickets of their own community or unit, and act as themselves. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class TicketAccessTest {

    @Inject
    TestClock clock;

    @Test
    void aWorkerSeesAndChangesOnlyTheirCommunitysTicketsAndActsAsThemselves() {
        String community = Fixtures.newCommunity();
        String other = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String wang = Fixtures.workers(other, Worker.onDuty("王社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        String elsewhere = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.MEDICAL, null, clock.now());
        Fixtures.open(elsewhere, other, Urgency.NORMAL, Category.MEDICAL, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");
        awaitStatus(elsewhere, "ASSIGNED");
        Header asLi = TestTokens.worker(community, UUID.fromString(li));

        given().header(asLi).get("/api/tickets/{id}", ticket).then().statusCode(200);
        given().header(asLi).get("/api/tickets/{id}", elsewhere)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(step(asLi, elsewhere, "accept", Map.of())).isEqualTo(403);
        given().header(asLi).get("/api/tickets?community={c}", other).then().statusCode(403);
        given().header(asLi).get("/api/tickets").then().statusCode(200)
                .body("tickets.communityCode", everyItem(equalTo(community)));

        // The worker is the one of the token: a body naming someone else is refused, none at all is fine.
        assertThat(step(asLi, ticket, "accept", Map.of("workerId", wang))).isEqualTo(403);
        assertThat(step(asLi, ticket, "accept", Map.of())).isEqualTo(200);
        given().header(asLi).get("/api/tickets/{id}", ticket).then().body("assignee.workerId", equalTo(li));
        assertThat(step(asLi, ticket, "resolve", Map.of("result", "已安排车辆"))).isEqualTo(200);
    }

    @Test
    void aStreetSupervisorSeesItsCommunitiesTicketsAndNotAnotherStreets() {
        String street = "990201" + String.format("%03d", Math.floorMod(UUID.randomUUID().hashCode(), 1000));
        String first = street + "001";
        String second = street + "002";
        String otherStreet = (street.startsWith("9902019") ? "990201800" : "990201900") + "001";
        String[] tickets = {Fixtures.newTicketId(), Fixtures.newTicketId(), Fixtures.newTicketId()};
        Fixtures.open(tickets[0], first, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        Fixtures.open(tickets[1], second, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        Fixtures.open(tickets[2], otherStreet, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        for (String ticket : tickets) {
            awaitTicket(ticket, found -> true);
        }
        Header supervisor = TestTokens.supervisor(street);

        given().header(supervisor).get("/api/tickets/{id}", tickets[0]).then().statusCode(200);
        given().header(supervisor).get("/api/tickets/{id}", tickets[1]).then().statusCode(200);
        given().header(supervisor).get("/api/tickets/{id}", tickets[2]).then().statusCode(403);
        given().header(supervisor).get("/api/tickets?community={c}", second).then().statusCode(200)
                .body("tickets.id", org.hamcrest.Matchers.hasItem(tickets[1]));
        given().header(supervisor).get("/api/tickets?community={c}", otherStreet).then().statusCode(403);
        // The registry writes a street's and a district's codes padded to 12 digits.
        given().header(supervisor).get("/api/supervision/late?street={s}", street + "000").then().statusCode(200);
        given().header(supervisor).get("/api/supervision/late?street={s}", otherStreet.substring(0, 9) + "000")
                .then().statusCode(403);
        given().header(supervisor).get("/api/supervision/late?district={d}", street.substring(0, 6) + "000000")
                .then().statusCode(403);
    }

    private static int step(Header caller, String ticket, String action, Map<String, Object> body) {
        return given().header(caller).contentType(ContentType.JSON).body(body)
                .post("/api/tickets/{id}/{action}", ticket, action).statusCode();
    }
}
