package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * read the day's mark before the change, so it must leave the mark the change renewed, without
     * waiting for the consumer (a fold and a consumer waiting on each other's marks deadlock), and the
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
        // The next fold counts the first call without waiting for the consumer's open transaction,
        // and leaves the mark that transaction is renewing.
        await().atMost(BOUND).ignoreExceptions().untilAsserted(() ->
                assertThat(row(Map.of("from", day.toString(), "to", day.toString(), "community", RACED))
                        .getInt("callsByType.REQUEST")).isEqualTo(1));
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

    /**
     * The fold keeps a street's rows as the sum of its communities' rows; a community the registry
     * moves to another street takes its figures along: the old street loses them, the new one has them.
     */
    @Test
    void aStreetsRowsAreItsCommunitiesSummedAndACommunityMovedTakesItsFigures() {
        String first = "120106002001";
        String second = "120106002002";
        String street = "120106002000";
        String otherStreet = "120106003000";
        register(first, street, "丁字沽街道");
        register(second, street, "丁字沽街道");
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                communities.findByIdOptional(first).isPresent() && communities.findByIdOptional(second).isPresent()));
        LocalDate day = LocalDate.parse("2023-07-05");
        QuarkusTransaction.requiringNew().run(() -> {
            facts.countCall(day, first, CallType.COMPLAINT, Category.NOISE_NEIGHBOUR, false);
            facts.countCall(day, first, CallType.COMPLAINT, Category.PROPERTY, false);
            facts.countCall(day, second, CallType.COMPLAINT, Category.PROPERTY, false);
            facts.countCall(day.plusDays(1), second, CallType.REQUEST, Category.UTILITIES, false);
        });
        OffsetDateTime opened = OffsetDateTime.parse("2023-07-05T09:00:00+08:00");
        TestEvents.publish(EventType.TICKET_OPENED, second, "TJ-MOVED-1", new TicketOpened("TJ-MOVED-1",
                "call-TJ-MOVED-1", second, CallType.COMPLAINT, Urgency.NORMAL, Category.PROPERTY, "楼道堆物", opened));

        Map<String, String> week = Map.of("from", "2023-07-03", "to", "2023-07-09", "level", "street");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(streetWeek(week, street).getInt("calls")).isEqualTo(4);
            assertThat(streetWeek(week, street).getInt("ticketsOpened")).isEqualTo(1);
        });
        assertThat(streetRows(street, otherStreet)).isEqualTo(communityRowsSummed(street, otherStreet))
                .containsKeys("DAY 2023-07-05 " + street, "WEEK 2023-07-03 " + street, "MONTH 2023-07-01 " + street);

        register(second, otherStreet, "芥园街道");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(streetWeek(week, street).getInt("calls")).isEqualTo(2);
            assertThat(streetWeek(week, street).getInt("ticketsOpened")).isZero();
            assertThat(streetWeek(week, otherStreet).getInt("calls")).isEqualTo(2);
            assertThat(streetWeek(week, otherStreet).getInt("ticketsOpened")).isEqualTo(1);
        });
        assertThat(streetRows(street, otherStreet)).isEqualTo(communityRowsSummed(street, otherStreet))
                .containsKeys("DAY 2023-07-06 " + otherStreet, "MONTH 2023-07-01 " + otherStreet)
                .doesNotContainKey("DAY 2023-07-06 " + street);
    }

    private static void register(String community, String street, String streetName) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, community, community, new CommunityRegistered(community,
                "红桥社区" + community.substring(9), street, streetName, "120106000000", "红桥区", "120100000000",
                "天津市"));
    }

    private static JsonPath streetWeek(Map<String, String> week, String street) {
        return given().queryParams(week).queryParam("street", street).get("/api/stats").then().statusCode(200)
                .extract().jsonPath().setRootPath("periods[0].rows.find { it.code == '" + street + "' }");
    }

    /** The figures of the streets' rows, by grain, period and street. */
    private Map<String, List<String>> streetRows(String... streets) {
        return figures("""
                SELECT grain || ' ' || period || ' ' || street_code, calls_by_type, calls_by_category,
                    praise_by_category, answered_on_call, opened, dispatched, accepted, accept_seconds, resolved,
                    resolve_seconds, resolved_late, closed, followed_up, satisfied, accept_buckets, accept_tickets,
                    resolve_buckets, resolve_tickets
                FROM street_statistics WHERE street_code IN (?1, ?2)
                """, streets);
    }

    /** The same figures added up, independently of the fold, from the community rows folded under each street. */
    private Map<String, List<String>> communityRowsSummed(String... streets) {
        return figures("""
                WITH rows AS (SELECT * FROM community_statistics WHERE street_code IN (?1, ?2)),
                keys AS (SELECT DISTINCT grain, period, street_code FROM rows),
                buckets AS (
                    SELECT grain, period, street_code, measure, array_agg(bucket ORDER BY bucket) AS buckets,
                        array_agg(tickets::bigint ORDER BY bucket) AS tickets
                    FROM (SELECT grain, period, street_code, 'A' AS measure, u.bucket, sum(u.tickets) AS tickets
                          FROM rows, unnest(accept_buckets, accept_tickets) AS u (bucket, tickets) GROUP BY 1, 2, 3, 5
                          UNION ALL
                          SELECT grain, period, street_code, 'R', u.bucket, sum(u.tickets)
                          FROM rows, unnest(resolve_buckets, resolve_tickets) AS u (bucket, tickets) GROUP BY 1, 2, 3, 5)
                        AS merged
                    GROUP BY 1, 2, 3, 4),
                arrays AS (
                    SELECT grain, period, street_code, kind, array_agg(total::bigint ORDER BY i) AS total
                    FROM (SELECT grain, period, street_code, 't' AS kind, e.i, sum(e.v) AS total
                          FROM rows, unnest(calls_by_type) WITH ORDINALITY AS e (v, i) GROUP BY 1, 2, 3, 5
                          UNION ALL
                          SELECT grain, period, street_code, 'c', e.i, sum(e.v)
                          FROM rows, unnest(calls_by_category) WITH ORDINALITY AS e (v, i) GROUP BY 1, 2, 3, 5
                          UNION ALL
                          SELECT grain, period, street_code, 'p', e.i, sum(e.v)
                          FROM rows, unnest(praise_by_category) WITH ORDINALITY AS e (v, i) GROUP BY 1, 2, 3, 5)
                        AS elements
                    GROUP BY 1, 2, 3, 4),
                sums AS (
                    SELECT grain, period, street_code, sum(answered_on_call) AS answered_on_call, sum(opened) AS opened,
                        sum(dispatched) AS dispatched, sum(accepted) AS accepted, sum(accept_seconds) AS accept_seconds,
                        sum(resolved) AS resolved, sum(resolve_seconds) AS resolve_seconds,
                        sum(resolved_late) AS resolved_late, sum(closed) AS closed, sum(followed_up) AS followed_up,
                        sum(satisfied) AS satisfied
                    FROM rows GROUP BY 1, 2, 3)
                SELECT k.grain || ' ' || k.period || ' ' || k.street_code, t.total, c.total, p.total,
                    s.answered_on_call, s.opened, s.dispatched, s.accepted, s.accept_seconds, s.resolved,
                    s.resolve_seconds, s.resolved_late, s.closed, s.followed_up, s.satisfied,
                    coalesce(a.buckets, '{}'), coalesce(a.tickets, '{}'), coalesce(r.buckets, '{}'),
                    coalesce(r.tickets, '{}')
                FROM keys k JOIN sums s USING (grain, period, street_code)
                    JOIN arrays t ON (t.grain, t.period, t.street_code, t.kind) = (k.grain, k.period, k.street_code, 't')
                    JOIN arrays c ON (c.grain, c.period, c.street_code, c.kind) = (k.grain, k.period, k.street_code, 'c')
                    JOIN arrays p ON (p.grain, p.period, p.street_code, p.kind) = (k.grain, k.period, k.street_code, 'p')
                    LEFT JOIN buckets a ON (a.grain, a.period, a.street_code, a.measure) = (k.grain, k.period, k.street_code, 'A')
                    LEFT JOIN buckets r ON (r.grain, r.period, r.street_code, r.measure) = (k.grain, k.period, k.street_code, 'R')
                """, streets);
    }

    /** Each row's first column as the key, the others as text (numbers compared by value). */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> figures(String sql, String... streets) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, streets[0]).setParameter(2, streets[1]).getResultList());
        Map<String, List<String>> figures = new TreeMap<>();
        for (Object[] row : rows) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                values.add(text(row[i]));
            }
            figures.put((String) row[0], values);
        }
        return figures;
    }

    private static String text(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(StatisticsFoldTest::text).toList().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    private void awaitCommunities() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                communities.findByIdOptional(COMMUNITY).isPresent() && communities.findByIdOptional(RACED).isPresent()));
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
