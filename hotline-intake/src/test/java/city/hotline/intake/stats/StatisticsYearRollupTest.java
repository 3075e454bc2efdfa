package city.hotline.intake.stats;

import static city.hotline.intake.stats.StatisticsRollupTest.assertSameAsExact;
import static city.hotline.intake.stats.StatisticsRollupTest.stats;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A calendar year (Beijing time) of tickets and calls in two streets of 太原市小店区, answered from
 * the year roll-ups: the exact counts, rates and means, the p90 to the bucket, and the sum of the
 * year's months (docs/statistics.md).
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsYearRollupTest {

    static final String CITY = "140100000000";
    static final String DISTRICT = "140105000000";
    static final List<String> COMMUNITIES = List.of("140105001001", "140105001002", "140105002001");
    static final int YEAR_TICKETS = 60;
    static final Map<String, String> YEAR = Map.of("from", "2021-01-01", "to", "2021-12-31");
    static final List<String> COUNTS = List.of("calls", "praise", "complaints", "suggestions", "ticketsOpened",
            "ticketsDispatched", "acceptedInTime", "resolved", "closed", "reopened", "overdue", "followUps",
            "solvedAtFollowUp", "satisfied", "consultations", "answeredOnCall");

    @Inject
    StatisticsRepository facts;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void aYearOfTicketsIsRecorded() {
        announce(COMMUNITIES.get(0), "平阳路社区", "140105001000", "坞城街道");
        announce(COMMUNITIES.get(1), "许西社区", "140105001000", "坞城街道");
        announce(COMMUNITIES.get(2), "龙城社区", "140105002000", "营盘街道");
        OffsetDateTime start = OffsetDateTime.parse("2021-01-01T00:30:00+08:00"); // still 2020 in UTC
        for (int i = 0; i < YEAR_TICKETS; i++) {
            ticket(i, start.plusHours(i * 145L)); // every 6 days or so, the last in late December
        }
        // Either side of the year: Beijing's 31 December 23:30 and 1 January 00:10.
        ticket(YEAR_TICKETS, OffsetDateTime.parse("2020-12-31T23:30:00+08:00"));
        ticket(YEAR_TICKETS + 1, OffsetDateTime.parse("2022-01-01T00:10:00+08:00"));
    }

    @Test
    void aYearFromTheYearRollUpsIsTheExactAnswerAndTheSumOfItsMonths() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int month = 1; month <= 12; month++) {
                LocalDate day = LocalDate.of(2021, month, 1 + month);
                facts.countCall(day, COMMUNITIES.get(month % 3), CallType.values()[month % CallType.values().length],
                        Category.values()[month % Category.values().length], false);
                facts.countCall(day, COMMUNITIES.get(0), CallType.CONSULTATION, Category.MEDICAL, month % 2 == 0);
            }
            facts.countCall(LocalDate.parse("2020-12-31"), COMMUNITIES.get(0), CallType.PRAISE, Category.OTHER, false);
        });
        awaitEveryTicket();

        for (String level : List.of("community", "street", "district", "city")) {
            assertSameAsExact(year(level, null));
            assertTheSumOfItsMonths(level);
        }
        assertThat(stats(year("city", null)).getInt("periods[0].rows[0].calls")).isEqualTo(24);
        // A year is one row per community and per street, summed from their months.
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT (SELECT count(*) FROM community_statistics WHERE grain = 'YEAR' AND period = DATE '2021-01-01'
                            AND community_code LIKE '140105%')
                     + (SELECT count(*) FROM street_statistics WHERE grain = 'YEAR' AND period = DATE '2021-01-01'
                            AND street_code LIKE '140105%')
                """).getSingleResult())).isEqualTo(5L);
    }

    @Test
    void rebuildingKeepsTheYears() {
        awaitEveryTicket();
        assertSameAsExact(year("street", null));
        List<Object> before = stats(year("community", null)).getList("periods[0].rows");
        StatisticsRebuildTest.rebuildAndAwaitItsEnd();
        assertThat(stats(year("community", null)).getList("periods[0].rows")).isEqualTo(before);
        assertSameAsExact(year("street", null));
    }

    /** Of the year's tickets, all but every tenth are dispatched and six in ten are followed up. */
    private static void awaitEveryTicket() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath city = stats(year("city", "true"));
            assertThat(city.getInt("periods[0].rows[0].ticketsOpened")).isEqualTo(YEAR_TICKETS);
            assertThat(city.getInt("periods[0].rows[0].ticketsDispatched")).isEqualTo(YEAR_TICKETS * 9 / 10);
            assertThat(city.getInt("periods[0].rows[0].followUps")).isEqualTo(YEAR_TICKETS * 6 / 10);
        });
    }

    /** Each group's counts over the year are those of its twelve months added up. */
    private void assertTheSumOfItsMonths(String level) {
        Map<String, String> byMonth = year(level, null);
        byMonth.put("by", "month");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<List<Map<String, Object>>> months = stats(byMonth).getList("periods.rows");
            List<Map<String, Object>> rows = stats(year(level, null)).getList("periods[0].rows");
            assertThat(months).hasSize(12);
            assertThat(rows).isNotEmpty();
            for (Map<String, Object> row : rows) {
                for (String count : COUNTS) {
                    int summed = months.stream().flatMap(List::stream)
                            .filter(monthRow -> monthRow.get("code").equals(row.get("code")))
                            .mapToInt(monthRow -> (Integer) monthRow.get(count)).sum();
                    assertThat(summed).as("%s %s %s", level, row.get("code"), count).isEqualTo(row.get(count));
                }
            }
        });
    }

    private static Map<String, String> year(String level, String exact) {
        Map<String, String> query = new HashMap<>(YEAR);
        query.put("level", level);
        query.put("district", DISTRICT);
        if (exact != null) {
            query.put("exact", exact);
        }
        return query;
    }

    private static void ticket(int n, OffsetDateTime at) {
        StatisticsRollupTest.ticket(n, at, COMMUNITIES.get(n % COMMUNITIES.size()), "TY-YEAR-" + n);
    }

    private static void announce(String code, String name, String street, String streetName) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, name, street,
                streetName, DISTRICT, "小店区", CITY, "太原市"));
    }
}
