package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The first half of the restart test: leaves an unaccepted ticket with its timer pending when
 * this service instance stops. {@link RestartSecondRunTest} runs next, in a restarted one.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@TestProfile(RestartProfiles.FirstRun.class)
class RestartFirstRunTest {

    static final String COMMUNITY = "990299000001";
    static final String TICKET = "TS20221205-900001";

    @Inject
    TestClock clock;

    @Test
    void anUnacceptedTicketIsLeftWithItsTimerPending() {
        Fixtures.workers(COMMUNITY, Worker.onDuty("甲社工", "COMMUNITY_WORKER"), Worker.onDuty("乙社工", "COMMUNITY_WORKER"));
        Fixtures.open(TICKET, COMMUNITY, Urgency.NORMAL, Category.OTHER, null, clock.now());
        assertThat(awaitStatus(TICKET, "ASSIGNED").getList("history.action")).containsExactly("OPENED", "ASSIGNED");
    }
}
