package city.hotline.intake.stats;

import static city.hotline.intake.stats.StatisticsRollupTest.assertSameAsExact;
import static city.hotline.intake.stats.StatisticsRollupTest.stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

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
 * A community the registry placed in no street (a 社区 directly under its district) counts in its
 * district's and city's figures read from the roll-ups, as it does in the every-ticket answer
 * (docs/statistics.md), and in no street's.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StreetlessCommunityStatisticsTest {

    static final String CITY = "130100000000";
    static final String DISTRICT = "130102000000";
    static final String STREET = "130102001000";
    static final String IN_A_STREET = "130102001001";
    static final String IN_NO_STREET = "130102400001";
    static final int TICKETS = 14;
    static final Map<String, String> WEEK = Map.of("from", "2021-11-29", "to", "2021-12-05");

    @Inject
    StatisticsRepository facts;

    @BeforeAll
    static void aWeekOfTicketsInTwoCommunitiesOneInNoStreet() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, IN_A_STREET, IN_A_STREET, new CommunityRegistered(
                IN_A_STREET, "育才社区", STREET, "建北街道", DISTRICT, "长安区", CITY, "石家庄市"));
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, IN_NO_STREET, IN_NO_STREET, new CommunityRegistered(
                IN_NO_STREET, "高营社区", null, null, DISTRICT, "长安区", CITY, "石家庄市"));
        OffsetDateTime monday = OffsetDateTime.parse("2021-11-29T08:00:00+08:00");
        for (int i = 0; i < TICKETS; i++) {
            StatisticsRollupTest.ticket(i, monday.plusMinutes(i * 691L), i % 2 == 0 ? IN_A_STREET : IN_NO_STREET,
                    "SJZ-STREETLESS-" + i);
        }
    }

    @Test
    void aCommunityInNoStreetCountsInItsDistrictAndCity() {
        QuarkusTransaction.requiringNew().run(() -> {
            facts.countCall(LocalDate.parse("2021-11-30"), IN_NO_STREET, CallType.COMPLAINT, Category.HEATING, false);
            facts.countCall(LocalDate.parse("2021-12-01"), IN_NO_STREET, CallType.PRAISE, Category.OTHER, false);
            facts.countCall(LocalDate.parse("2021-12-01"), IN_A_STREET, CallType.REQUEST, Category.UTILITIES, false);
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath exact = stats(with(Map.of("level", "district", "district", DISTRICT, "exact", "true")));
            assertThat(exact.getInt("periods[0].rows[0].ticketsOpened")).isEqualTo(TICKETS);
        });

        for (String level : new String[] {"community", "street", "district", "city"}) {
            assertSameAsExact(with(Map.of("level", level, "district", DISTRICT)));
        }
        // The streets' week lists only the street, without the community in none.
        assertThat(stats(with(Map.of("level", "street", "district", DISTRICT))).getList("periods[0].rows.code"))
                .containsExactly(STREET);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath district = stats(with(Map.of("level", "district", "district", DISTRICT)));
            assertThat(district.getInt("periods[0].rows[0].ticketsOpened")).isEqualTo(TICKETS);
            assertThat(district.getInt("periods[0].rows[0].calls")).isEqualTo(3);
            assertThat(district.getInt("periods[0].rows[0].praise")).isEqualTo(1);
        });
        // The whole country's cities, read from every street's rows: this city's row is its exact one.
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
            Map<String, Object> rolledUp = cityRow(stats(with(Map.of("level", "city"))));
            Map<String, Object> exact = cityRow(stats(with(Map.of("level", "city", "exact", "true"))));
            assertThat(rolledUp.get("ticketsOpened")).isEqualTo(TICKETS);
            assertThat(rolledUp.get("calls")).isEqualTo(exact.get("calls"));
            assertThat(rolledUp.get("followUps")).isEqualTo(exact.get("followUps"));
            assertThat(rolledUp.get("responseRate")).isEqualTo(exact.get("responseRate"));
            assertThat(rolledUp.get("meanMinutesToResolve")).isEqualTo(exact.get("meanMinutesToResolve"));
        });
    }

    private static Map<String, Object> cityRow(JsonPath answer) {
        return answer.getMap("periods[0].rows.find { it.code == '" + CITY + "' }");
    }

    private static Map<String, String> with(Map<String, String> query) {
        Map<String, String> all = new HashMap<>(WEEK);
        all.putAll(query);
        return all;
    }
}
