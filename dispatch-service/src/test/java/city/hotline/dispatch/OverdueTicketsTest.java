package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.service.OverdueTickets;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestMetrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Late tickets on /q/metrics, as an operator's dashboard shows them; time passes by moving the service's clock. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class OverdueTicketsTest {

    @Inject
    TestClock clock;

    @Inject
    OverdueTickets overdue;

    @Test
    void aTicketNotAcceptedInTimeIsCountedLateToAcceptThenLateToResolveAsTheListOfLateTicketsHasIt() {
        Fixtures.toWorkingMorning(clock);
        String community = Fixtures.newCommunity();
        String li = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER")).get(0);
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.URGENT, Category.MEDICAL, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");
        overdue.measure();
        double lateToAcceptBefore = late("accept");

        clock.advance(Duration.ofMinutes(16));
        overdue.measure();

        assertThat(late("accept")).isGreaterThanOrEqualTo(lateToAcceptBefore + 1);
        assertThat(late("accept") + late("resolve")).isEqualTo(listedLate());
        assertThat(listedLate(community)).isEqualTo(1);

        assertThat(post(ticket, "accept", Map.of("workerId", li)).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));
        overdue.measure();

        assertThat(late("resolve")).isGreaterThanOrEqualTo(1);
        assertThat(late("accept") + late("resolve")).isEqualTo(listedLate());
        assertThat(listedLate(community)).isEqualTo(1);
    }

    private static double late(String missed) {
        return TestMetrics.sample("hotline_dispatch_overdue_tickets", "missed", missed).orElseThrow();
    }

    private static int listedLate() {
        return given().queryParam("overdue", true).get("/api/tickets").then().statusCode(200).extract().path("total");
    }

    private static int listedLate(String community) {
        return given().queryParam("overdue", true).queryParam("community", community).get("/api/tickets")
                .then().statusCode(200).extract().path("total");
    }
}
