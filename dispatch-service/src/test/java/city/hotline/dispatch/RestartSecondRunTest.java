package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static city.hotline.dispatch.Fixtures.awaitTicket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The second half of the restart test: in a restarted service whose deadline watch runs on its
 * schedule, the timer {@link RestartFirstRunTest} left pending fires, once, when its time comes.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@TestProfile(RestartProfiles.SecondRun.class)
class RestartSecondRunTest {

    @Inject
    TestClock clock;

    @Test
    void theTimerLeftPendingFiresOnceAfterTheRestart() {
        String first = awaitStatus(RestartFirstRunTest.TICKET, "ASSIGNED").getString("assignee.workerId");
        clock.advance(Duration.ofHours(2).plusMinutes(1));

        JsonPath offered = awaitTicket(RestartFirstRunTest.TICKET,
                ticket -> ticket.getList("history.action").contains("ACCEPT_OVERDUE"));
        assertThat(offered.getString("assignee.workerId")).as(offered.prettify()).isNotEqualTo(first);
        assertThat(offered.getList("history.action")).containsOnlyOnce("ACCEPT_OVERDUE");
    }
}
