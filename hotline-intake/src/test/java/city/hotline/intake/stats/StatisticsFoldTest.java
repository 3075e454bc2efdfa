package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketCancelled;
import city.hotline.events.TicketOpened;
import city.hotline.events.Urgency;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.StatisticsFoldRepository;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The roll-ups are kept by the fold, off the consumers' path (docs/statistics.md): they follow a
 * change within a second, lose no change that arrives while a fold runs, and count no cancelled
 * ticket. In communities of 天津市红桥区.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsFoldTest {

    static final String COMMUNITY = "120106001001";
    static final String RACED = "120106001002";
    static final String STREET = "120106001000";
    /** The bound is a second; the test machine is shared and loaded, so the tests allow some more. */
    static final Duration BOUND = Duration.ofSeconds(5);

    @Inject
    StatisticsRepository facts;

    @Inject
    StatisticsFoldRepository rollups;

    @Inject
    CommunityViewRepository communities;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunities() {
        for (String community : new String[] {COMMUNITY, RACED}) {
            TestEvents.publish(EventType.COMMUNITY_REGISTERED, community, community, new CommunityRegistered(community,
                    "红桥社区" + community.substring(10), STREET, "西于庄街道", "120106000000", "红桥区", "120100000000",
                    "天津市"));
        }
    }

    @Test
    void aCallCountedIsInTheRollUpsWithinTheBound() {
        awaitCommunities();
        LocalDate day = LocalDate.parse("2023-06-07");
        QuarkusTransaction.requiringNew().run(() ->
                facts.countCall(day, COMMUNITY, CallType.COMPLAINT, Category.NOISE_NEIGHBOUR, false));
        long recorded = System.nanoTime();
        // A week of the street is read from the communities' weekly roll-ups only, never from the facts.
        await().atMost(BOUND).pollInterval(Duration.ofMillis(50)).ignoreExceptions().untilAsserted(() ->
                assertThat(row(Map.of("from", "2023-06-05", "to", "2023-06-11", "level", "street", "street", STREET))
                        .getInt("callsByType.COMPLAINT")).isEqualTo(1));
        System.out.printf("the call was in the street's week %d ms after its tally was recorded%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - recorded));
    }

    /**
     * A consumer's change committed while a fold is recomputing the same community's day: the fold
     * read the day's mark before the change, so it must leave the mark the change renewed, and the
     * next fold counts the change.
     */
    @Test
    void aChangeCommittedWhileAFoldRunsIsNotLost() throws Exception {
        awaitCommunities();
        LocalDate day = LocalDate.parse("2023-06-14");
        CountDownLatch foldsHeld = new CountDownLatch(1);
        CountDownLatch foldsMayRun = new CountDownLatch(1);
        CountDownLatch consumerMayCommit = new CountDownLatch(1);
        CountDownLatch consumerWrote = new CountDownLatch(1);
        // No fold runs while the first call's mark is made and the second call is written, uncommitted.
        CompletableFuture<Void> foldsHeldOff = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    rollups.lock();
                    foldsHeld.countDown();
                    awaitLatch(foldsMayRun);
                }));
        awaitLatch(foldsHeld);
        QuarkusTransaction.requiringNew().run(() ->
                facts.countCall(day, RACED, CallType.REQUEST, Category.UTILITIES, false));
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            facts.countCall(day, RACED, CallType.REQUEST, Category.UTILITIES, false);
            consumerWrote.countDown();
            awaitLatch(consumerMayCommit);
        }));
        awaitLatch(consumerWrote);

        foldsMayRun.countDown();
        foldsHeldOff.get(10, TimeUnit.SECONDS);
        // The next fold reads the first call's mark, counts the first call and waits for the consumer's row.
        await().atMost(BOUND).until(() -> waiting("transactionid") > 0);
        consumerMayCommit.countDown();
        consumer.get(10, TimeUnit.SECONDS);

        await().atMost(BOUND).ignoreExceptions().untilAsserted(() ->
                assertThat(row(Map.of("from", day.toString(), "to", day.toString(), "community", RACED))
                        .getInt("callsByType.REQUEST")).isEqualTo(2));
    }

    @Test
    void aTicketCancelledByACorrectionCountsInNoFigure() {
        awaitCommunities();
        OffsetDateTime opened = OffsetDateTime.parse("2023-06-21T10:00:00+08:00");
        for (String ticket : new String[] {"TJ-CANCEL-KEPT", "TJ-CANCEL-GONE"}) {
            TestEvents.publish(EventType.TICKET_OPENED, COMMUNITY, ticket, new TicketOpened(ticket, "call-" + ticket,
                    COMMUNITY, CallType.COMPLAINT, Urgency.NORMAL, Category.PROPERTY, "电梯停运", opened));
            TestEvents.publish(EventType.TICKET_ASSIGNED, COMMUNITY, ticket, new TicketAssigned(ticket, COMMUNITY,
                    "2c3f0a52-0000-4000-8000-000000000106", "孙师傅", Urgency.NORMAL, Category.PROPERTY, "电梯停运",
                    opened.plusMinutes(3), opened.plusHours(2), opened.plusDays(3)));
        }
        TestEvents.publish(EventType.TICKET_CANCELLED, COMMUNITY, "TJ-CANCEL-GONE", new TicketCancelled(
                "TJ-CANCEL-GONE", "call-TJ-CANCEL-GONE", COMMUNITY, CallType.PRAISE, "operator-1",
                opened.plusMinutes(10)));

        Map<String, String> day = Map.of("from", "2023-06-21", "to", "2023-06-21", "community", COMMUNITY);
        Map<String, String> exactDay = Map.of("from", "2023-06-21", "to", "2023-06-21", "community", COMMUNITY,
                "exact", "true");
        Map<String, String> month = Map.of("from", "2023-06-01", "to", "2023-06-30", "level", "city",
                "street", STREET);
        for (Map<String, String> range : List.of(exactDay, day, month)) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonPath row = row(range);
                assertThat(row.getInt("ticketsOpened")).as("%s", range).isEqualTo(1);
                assertThat(row.getInt("ticketsDispatched")).as("%s", range).isEqualTo(1);
            });
        }
        assertThat(given().get("/api/stats/rankings?month=2023-06&level=street&min=1")
                .then().statusCode(200).extract().jsonPath()
                .getList("rankings[0].standings.findAll { it.code == '" + STREET + "' }.of"))
                .containsExactly(1);
    }

    private void awaitCommunities() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                communities.findByIdOptional(COMMUNITY).isPresent() && communities.findByIdOptional(RACED).isPresent()));
    }

    /** Sessions waiting for a lock of the type given (transactionid: a row another transaction changed). */
    private long waiting(String lockType) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = ?1")
                .setParameter(1, lockType).getSingleResult()).longValue());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath row(Map<String, String> range) {
        return given().queryParams(range).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .setRootPath("periods[0].rows[0]");
    }
}
