package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/**
 * A holiday set through another replica, written here straight into the table as that replica would: each replica
 * keeps a copy of the calendar, read again after {@code hotline.dispatch.deadlines.reread-after} (5 s), so the next
 * tickets' deadlines honour it from at most that long after. A change through this replica counts at once
 * ({@link DeadlinePolicyTest#aHolidaySetThroughTheApiMovesTheDeadlinesCountedAfterIt}).
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CalendarOfAnotherReplicaTest {

    /** The documented 5 s, and the time a ticket takes from Kafka to assigned on a busy machine. */
    static final Duration BOUND = Duration.ofSeconds(5).plus(Fixtures.BOUND);

    @Inject
    EntityManager entityManager;

    @Test
    void aHolidaySetThroughAnotherReplicaMovesTheNextDeadlinesWithinTheBound() {
        String community = Fixtures.newCommunity();
        Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        OffsetDateTime friday = OffsetDateTime.parse("2023-11-10T17:20:00+08:00");
        assertThat(acceptBy(community, friday)).isEqualTo("2023-11-13T10:20+08:00");
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "INSERT INTO calendar_day (day, kind, name) VALUES (DATE '2023-11-13', 'HOLIDAY', '测试假日')")
                    .executeUpdate());

            await().atMost(BOUND).pollInterval(Duration.ofSeconds(1))
                    .until(() -> acceptBy(community, friday).equals("2023-11-14T10:20+08:00"));
        } finally {
            given().when().delete("/api/working-calendar/2023-11-13").then().statusCode(204);
        }
    }

    private static String acceptBy(String community, OffsetDateTime openedAt) {
        String id = Fixtures.newTicketId();
        Fixtures.open(id, community, Urgency.NORMAL, Category.HOUSING, null, openedAt);
        return OffsetDateTime.parse(awaitStatus(id, "ASSIGNED").getString("acceptBy"))
                .atZoneSameInstant(Fixtures.BEIJING).toOffsetDateTime().toString();
    }
}
