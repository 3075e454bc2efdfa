package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A ticket's steps take their ids from blocks that each replica draws from a sequence, so a step that another replica
 * writes later may have a lower id than the steps before it. Written here straight into the table as that replica
 * would, it is still listed after them.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StepsOfAnotherReplicaTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    @Test
    void aLaterStepWithALowerIdIsListedAfterTheStepsBeforeIt() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String ticket = Fixtures.newTicketId();
        Fixtures.open(ticket, community, Urgency.NORMAL, Category.MEDICAL, null, clock.now());
        awaitStatus(ticket, "ASSIGNED");

        OffsetDateTime later = clock.now().plus(Duration.ofMinutes(5));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO ticket_step (id, ticket_id, at, action, note)
                        SELECT min(id) - 1, ?1, ?2, 'PROGRESS', '已联系车队' FROM ticket_step""")
                .setParameter(1, ticket)
                .setParameter(2, later)
                .executeUpdate());

        JsonPath shown = given().when().get("/api/tickets/" + ticket).then().statusCode(200).extract().jsonPath();
        assertThat(shown.getList("history.action")).containsExactly("OPENED", "ASSIGNED", "PROGRESS");
        assertThat(shown.getList("history.note")).endsWith("已联系车队");
    }
}
