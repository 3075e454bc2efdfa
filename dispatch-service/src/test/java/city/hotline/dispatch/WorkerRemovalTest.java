package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.awaitTicket;
import static city.hotline.dispatch.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.EventType;
import city.hotline.events.Urgency;
import city.hotline.events.WorkerRemoved;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The registry removes a worker: their tickets move on, and nothing more comes to them. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class WorkerRemovalTest {

    @Inject
    TestClock clock;

    @Test
    void aRemovedWorkersOpenTicketsGoToTheNextCandidateAndNoneComeToThemAgain() {
        String community = Fixtures.newCommunity();
        String jia = Fixtures.workers(community, Worker.onDuty("甲社工", "COMMUNITY_WORKER")).get(0);
        String accepted = Fixtures.newTicketId();
        String assigned = Fixtures.newTicketId();
        Fixtures.open(accepted, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        Fixtures.open(assigned, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(accepted, "ASSIGNED");
        awaitStatus(assigned, "ASSIGNED");
        assertThat(post(accepted, "accept", Map.of("workerId", jia)).statusCode()).isEqualTo(200);
        String yi = Fixtures.workers(community, Worker.onDuty("乙社工", "COMMUNITY_WORKER")).get(0);

        TestEvents.publish(EventType.WORKER_REMOVED, community, jia, new WorkerRemoved(jia, community));

        for (String ticket : List.of(accepted, assigned)) {
            JsonPath moved = awaitTicket(ticket, found -> yi.equals(found.getString("assignee.workerId")));
            assertThat(moved.getString("status")).isEqualTo("ASSIGNED");
            assertThat(moved.getList("history.action")).containsSubsequence("WORKER_REMOVED", "ASSIGNED");
        }
        String later = Fixtures.newTicketId();
        Fixtures.open(later, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        assertThat(awaitStatus(later, "ASSIGNED").getString("assignee.workerId")).isEqualTo(yi);
        assertThat(post(later, "accept", Map.of("workerId", jia)).statusCode()).isEqualTo(400);

        // The registry says it again: nothing moves. A later event of the community marks when it has been read.
        TestEvents.publish(EventType.WORKER_REMOVED, community, jia, new WorkerRemoved(jia, community));
        Fixtures.workers(community, new Worker("丙社工", "COMMUNITY_WORKER", List.of(), false));
        for (String ticket : List.of(accepted, assigned)) {
            JsonPath unchanged = awaitStatus(ticket, "ASSIGNED");
            assertThat(unchanged.getString("assignee.workerId")).isEqualTo(yi);
            assertThat(unchanged.getList("history.action")).containsOnlyOnce("WORKER_REMOVED");
        }
    }
}
