package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.intake.repository.StatisticsRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A listing's rows are read from PostgreSQL in its binary format (StatisticsQueries): the figures an
 * analyst sees are those of the facts, fractions of minutes and missing p90s included, and the same
 * answer asked again and again stays the same to the byte, also once the driver has asked the same
 * statement more often than its threshold for preparing it on the server (five).
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsRowsReadTest {

    static final String COMMUNITY = "120110001001";
    static final String STREET = "120110001000";

    @Inject
    StatisticsRepository facts;

    @Inject
    CommunityViewRepository communities;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "华明社区", STREET, "华明街道", "120110000000", "东丽区", "120100000000", "天津市"));
    }

    @Test
    void aWeeksRowIsItsFactsEveryTimeItIsAskedFor() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        // Three tickets in 2021-W10, to be accepted within 15 minutes and resolved within 30 days:
        // accepted after 7 min 20 s, 12 min and 20 min 10 s; none resolved.
        int[] secondsToAccept = {440, 720, 1210};
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < secondsToAccept.length; i++) {
                LocalDate day = LocalDate.of(2021, 3, 8 + i);
                OffsetDateTime opened = day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
                String ticket = "TJ-ROWSREAD-" + i;
                facts.ticketDispatched(ticket, COMMUNITY, day, opened, opened.plusMinutes(15), opened.plusDays(30));
                facts.ticketAccepted(ticket, opened.plusSeconds(secondsToAccept[i]));
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(week("application/json")).contains("\"ticketsDispatched\":3,"));

        JsonPath row = row(week("application/json"));
        assertThat(row.getString("name")).isEqualTo("华明社区");
        assertThat(row.getInt("acceptedInTime")).isEqualTo(2);
        assertThat(row.getDouble("responseRate")).isEqualTo(0.6667);
        // (440 + 720 + 1210) s / 3 = 13.17 min; the p90 of three is the longest, 20.17 min.
        assertThat(row.getDouble("meanMinutesToAccept")).isEqualTo(13.2);
        assertThat(row.getDouble("p90MinutesToAccept")).isEqualTo(20.2);
        assertThat((Object) row.get("meanMinutesToResolve")).isNull();
        assertThat((Object) row.get("p90MinutesToResolve")).isNull();
        // Unresolved and past their 30 days now: overdue, counted at the answer.
        assertThat(row.getInt("overdue")).isEqualTo(3);

        String json = week("application/json");
        String csv = week("text/csv");
        assertThat(csv).contains(",华明社区,").contains(",3,13.2,20.2,,,");
        for (int i = 0; i < 8; i++) {
            assertThat(week("application/json")).isEqualTo(json);
            assertThat(week("text/csv")).isEqualTo(csv);
        }
    }

    private static String week(String type) {
        return given().accept(type).queryParam("week", "2021-W10").queryParam("community", COMMUNITY)
                .get("/api/stats/weekly").then().statusCode(200).extract().asString();
    }

    private static JsonPath row(String answer) {
        return new JsonPath(answer).setRootPath("periods[0].rows[0]");
    }
}
