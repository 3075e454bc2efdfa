package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.Satisfaction;
import city.hotline.events.TicketAccepted;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketClosed;
import city.hotline.events.TicketFollowedUp;
import city.hotline.events.TicketOpened;
import city.hotline.events.TicketReopened;
import city.hotline.events.TicketResolved;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A month of tickets in three communities of 天津市和平区, answered from the monthly and daily
 * roll-ups and, with exact=true, from every ticket: the same counts, rates and means, and a p90 in
 * the bucket of the exact one (docs/statistics.md).
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsRollupTest {

    static final String CITY = "120100000000";
    static final String DISTRICT = "120101000000";
    static final String QUANYECHANG = "120101001000";
    static final List<String> COMMUNITIES = List.of("120101001001", "120101001002", "120101002001");
    static final int DECEMBER_TICKETS = 120;
    static final Set<String> P90S = Set.of("p90MinutesToAccept", "p90MinutesToResolve");

    static int dispatched;
    static int followedUp;
    static int opened;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void aMonthOfTicketsIsRecorded() {
        announce(COMMUNITIES.get(0), "南营门社区", QUANYECHANG, "劝业场街道");
        announce(COMMUNITIES.get(1), "新疆路社区", QUANYECHANG, "劝业场街道");
        announce(COMMUNITIES.get(2), "万全道社区", "120101002000", "小白楼街道");
        OffsetDateTime firstOfDecember = OffsetDateTime.parse("2022-12-01T08:00:00+08:00");
        for (int i = 0; i < DECEMBER_TICKETS; i++) {
            ticket(i, firstOfDecember.plusMinutes(i * 359L));
        }
        // Days on either side of the month: a range over them reads the facts for those days.
        ticket(DECEMBER_TICKETS, OffsetDateTime.parse("2022-11-30T21:00:00+08:00"));
        ticket(DECEMBER_TICKETS + 1, OffsetDateTime.parse("2023-01-01T09:30:00+08:00"));
    }

    @Test
    void aMonthFromTheRollUpsHasTheExactCountsRatesAndMeansAndTheP90ToTheBucket() {
        Map<String, String> community = Map.of("from", "2022-12-01", "to", "2022-12-31", "district", DISTRICT);
        awaitEveryTicket();
        for (String level : List.of("community", "street", "district", "city")) {
            Map<String, String> query = new HashMap<>(community);
            query.put("level", level);
            assertSameAsExact(query);
            assertThat(stats(query).getBoolean("periods[0].exactPercentiles")).as(level)
                    .isEqualTo(level.equals("community"));
        }
    }

    @Test
    void aRangeWithDaysOutsideItsWholeMonthsAddsThoseDaysFromTheDailyRollUps() {
        awaitEveryTicket();
        assertSameAsExact(Map.of("from", "2022-11-30", "to", "2023-01-01", "level", "street", "district", DISTRICT));
        assertSameAsExact(Map.of("from", "2022-11-30", "to", "2023-01-01", "level", "city", "street", QUANYECHANG));
        assertSameAsExact(Map.of("from", "2022-11-30", "to", "2023-01-01", "community", COMMUNITIES.get(0)));
        JsonPath byMonth = stats(Map.of("from", "2022-11-30", "to", "2023-01-01", "by", "month", "level", "city",
                "district", DISTRICT));
        assertThat(byMonth.getList("periods.exactPercentiles")).containsExactly(false, false, false);
        assertThat(byMonth.getList("periods.collect { it.rows[0].ticketsOpened }")).containsExactly(1, DECEMBER_TICKETS, 1);
    }

    @Test
    void weeksAndOddDaysFromTheDailyRollUpsHaveTheExactCountsRatesAndMeansAndTheP90ToTheBucket() {
        awaitEveryTicket();
        List<Map<String, String>> ranges = List.of(
                Map.of("from", "2022-11-28", "to", "2022-12-04"), // 2022-W48, across two months
                Map.of("from", "2022-12-12", "to", "2022-12-18"), // 2022-W50, inside one
                Map.of("from", "2022-12-26", "to", "2023-01-01"), // 2022-W52, across the year's end
                Map.of("from", "2022-12-03", "to", "2022-12-29")); // odd days, no whole month
        for (Map<String, String> range : ranges) {
            for (String level : List.of("street", "district", "city")) {
                Map<String, String> query = new HashMap<>(range);
                query.put("level", level);
                query.put("district", DISTRICT);
                assertSameAsExact(query);
            }
        }
    }

    @Test
    void rebuildingTheRollUpsFromTheFactsChangesNothing() {
        awaitEveryTicket();
        List<Map<String, String>> queries = List.of(
                Map.of("from", "2022-12-01", "to", "2022-12-31", "level", "community", "district", DISTRICT),
                Map.of("from", "2022-11-28", "to", "2022-12-04", "level", "street", "district", DISTRICT));
        queries.forEach(StatisticsRollupTest::assertSameAsExact); // the fold has caught up
        List<List<Object>> before = queries.stream().map(query -> stats(query).getList("periods[0].rows")).toList();
        StatisticsRebuildTest.rebuildAndAwaitItsEnd();
        assertThat(queries.stream().map(query -> stats(query).getList("periods[0].rows")).toList()).isEqualTo(before);
    }

    @Test
    void ticketsRecordedBeforeTheRegistryPlacedTheirCommunityCountInItsStreet() {
        String late = "120103001001";
        String street = "120103001000";
        ticket(3, OffsetDateTime.parse("2022-12-10T10:00:00+08:00"), late, "TJ-LATE-1");
        ticket(4, OffsetDateTime.parse("2022-12-11T10:00:00+08:00"), late, "TJ-LATE-2");
        // Both followed up, the second (unsolved) reopened: their last events are recorded.
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("""
                        SELECT count(followed_up_at) = 2 AND sum(reopened) = 1 FROM ticket_fact WHERE community_code = ?1
                        """).setParameter(1, late).getSingleResult().equals(Boolean.TRUE)));

        TestEvents.publish(EventType.COMMUNITY_REGISTERED, late, late, new CommunityRegistered(late, "体院北社区",
                street, "友谊路街道", "120103000000", "河西区", CITY, "天津市"));

        Map<String, String> query = Map.of("from", "2022-12-01", "to", "2022-12-31", "level", "street",
                "street", street);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(stats(query).getList("periods[0].rows.ticketsOpened")).containsExactly(2));
        assertSameAsExact(query);
        Map<String, String> week = Map.of("from", "2022-12-05", "to", "2022-12-11", "level", "street",
                "street", street);
        assertThat(stats(week).getList("periods[0].rows.ticketsOpened")).containsExactly(2);
        assertSameAsExact(week);
    }

    /** The roll-ups follow the facts within a second of a change (docs/statistics.md): polled for. */
    static void assertSameAsExact(Map<String, String> query) {
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertRolledUpAsExact(query));
    }

    private static void assertRolledUpAsExact(Map<String, String> query) {
        JsonPath rolledUp = stats(query);
        Map<String, String> exactQuery = new HashMap<>(query);
        exactQuery.put("exact", "true");
        JsonPath exact = stats(exactQuery);
        // A community's single month, week or day is one roll-up row holding its exact p90s.
        boolean rolledUpExact = rolledUp.getBoolean("periods[0].exactPercentiles");
        assertThat(exact.getBoolean("periods[0].exactPercentiles")).isTrue();
        List<Map<String, Object>> rolledRows = rolledUp.getList("periods[0].rows");
        List<Map<String, Object>> exactRows = exact.getList("periods[0].rows");
        assertThat(rolledRows).as("groups of %s", query).hasSameSizeAs(exactRows).isNotEmpty();
        for (int i = 0; i < exactRows.size(); i++) {
            Map<String, Object> rolled = new HashMap<>(rolledRows.get(i));
            Map<String, Object> exactRow = new HashMap<>(exactRows.get(i));
            for (String p90 : rolledUpExact ? Set.<String>of() : P90S) {
                assertInBucket(query + " " + rolled.get("code") + " " + p90, (Number) exactRow.remove(p90),
                        (Number) rolled.remove(p90));
            }
            assertThat(rolled).as("%s", query).isEqualTo(exactRow);
        }
    }

    /** The exact p90 (rounded to a tenth of a minute) lies in the bucket the roll-up names by its upper bound. */
    private static void assertInBucket(String what, Number exact, Number upperBound) {
        if (exact == null) {
            assertThat(upperBound).as(what).isNull();
            return;
        }
        assertThat(upperBound).as(what).isNotNull();
        double upTo = upperBound.doubleValue();
        double width = upTo <= 60 ? 1 : upTo <= 240 ? 5 : upTo <= 2880 ? 30 : 120;
        assertThat(exact.doubleValue()).as(what).isBetween(upTo - width - 0.05, upTo);
    }

    static JsonPath stats(Map<String, String> query) {
        return given().queryParams(query).get("/api/stats").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitEveryTicket() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath city = stats(Map.of("from", "2022-11-30", "to", "2023-01-01", "level", "city",
                    "district", DISTRICT, "exact", "true"));
            assertThat(city.getInt("periods[0].rows[0].ticketsOpened")).isEqualTo(opened);
            assertThat(city.getInt("periods[0].rows[0].ticketsDispatched")).isEqualTo(dispatched);
            assertThat(city.getInt("periods[0].rows[0].followUps")).isEqualTo(followedUp);
        });
    }

    /**
     * One ticket's events as intake and dispatch publish them, varied by its number: some never
     * dispatched, some dispatched twice, accepted early or late, resolved quickly or after days,
     * reopened, followed up solved or not, satisfied or not.
     */
    private static void ticket(int n, OffsetDateTime at) {
        ticket(n, at, COMMUNITIES.get(n % COMMUNITIES.size()), "TJ-ROLLUP-" + n);
        opened++;
        if (n % 10 != 9) {
            dispatched++;
        }
        if (n % 10 < 6) {
            followedUp++;
        }
    }

    static void ticket(int n, OffsetDateTime at, String community, String ticket) {
        String worker = "2c3f0a52-0000-4000-8000-00000000000" + (n % 3);
        TestEvents.publish(EventType.TICKET_OPENED, community, ticket, new TicketOpened(ticket, "call-" + ticket,
                community, CallType.COMPLAINT, Urgency.NORMAL, Category.PROPERTY, "楼道灯不亮", at));
        if (n % 10 == 9) {
            return;
        }
        TestEvents.publish(EventType.TICKET_ASSIGNED, community, ticket, new TicketAssigned(ticket, community, worker,
                "张师傅", Urgency.NORMAL, Category.PROPERTY, "楼道灯不亮", at.plusMinutes(1), at.plusHours(2),
                at.plusDays(3)));
        if (n % 11 == 0) {
            TestEvents.publish(EventType.TICKET_ASSIGNED, community, ticket, new TicketAssigned(ticket, community,
                    worker, "张师傅", Urgency.NORMAL, Category.PROPERTY, "楼道灯不亮", at.plusMinutes(30),
                    at.plusMinutes(45), at.plusDays(2)));
        }
        if (n % 10 == 8) {
            return;
        }
        OffsetDateTime accepted = at.plusSeconds(40 + (n * 2237L) % (300 * 60));
        TestEvents.publish(EventType.TICKET_ACCEPTED, community, ticket, new TicketAccepted(ticket, community, worker,
                "张师傅", accepted, at.plusDays(3)));
        if (n % 10 == 7) {
            return;
        }
        OffsetDateTime resolved = accepted.plusSeconds((n * 48_611L) % (5 * 24 * 3600));
        TestEvents.publish(EventType.TICKET_RESOLVED, community, ticket, new TicketResolved(ticket, community,
                worker, "张师傅", "已更换灯泡", resolved));
        if (n % 10 == 6) {
            return;
        }
        boolean solved = n % 4 != 0;
        Satisfaction satisfaction = Satisfaction.values()[n % Satisfaction.values().length];
        TestEvents.publish(EventType.TICKET_FOLLOWED_UP, community, ticket, new TicketFollowedUp(ticket, community,
                solved, satisfaction, null, resolved.plusHours(20)));
        if (solved && satisfaction != Satisfaction.UNSATISFIED) {
            TestEvents.publish(EventType.TICKET_CLOSED, community, ticket, new TicketClosed(ticket, community,
                    satisfaction, resolved.plusHours(20)));
        } else {
            TestEvents.publish(EventType.TICKET_REOPENED, community, ticket, new TicketReopened(ticket, community, 1,
                    "群众不满意", resolved.plusHours(20)));
            if (n % 3 == 0) {
                TestEvents.publish(EventType.TICKET_RESOLVED, community, ticket, new TicketResolved(ticket,
                        community, worker, "张师傅", "重新维修", resolved.plusDays(2)));
            }
        }
    }

    private static void announce(String code, String name, String street, String streetName) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, street,
                streetName, DISTRICT, "和平区", CITY, "天津市"));
    }
}
