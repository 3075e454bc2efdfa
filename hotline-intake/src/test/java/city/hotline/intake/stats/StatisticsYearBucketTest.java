package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
 * Every community's year is read from its year rows as stored, their p90s from the bucket a trigger
 * keeps (V29), not from their histograms: the same p90 as the histograms give, also for a year row
 * written without the bucket (as the version before writes it, while an upgrade rolls). The only
 * community of its street in 天津市南开区, so the street's year, merged from its histograms, is the
 * community's.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsYearBucketTest {

    static final String COMMUNITY = "120104010001";
    static final String STREET = "120104010000";

    @Inject
    StatisticsRepository facts;

    @Inject
    CommunityViewRepository communities;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "华苑社区", STREET, "华苑街道", "120104000000", "南开区", "120100000000", "天津市"));
    }

    @Test
    void aYearsP90IsItsHistogramsAlsoForARowWrittenWithoutItsBucket() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        // Twelve tickets over two months, accepted after 7 to 95 minutes, the last three resolved.
        int[] minutesToAccept = {7, 12, 18, 25, 33, 41, 50, 58, 66, 79, 88, 95};
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < minutesToAccept.length; i++) {
                LocalDate day = LocalDate.of(2021, 3 + i % 2, 1 + i);
                OffsetDateTime opened = day.atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
                String ticket = "TJ-YEARBUCKET-" + i;
                facts.ticketDispatched(ticket, COMMUNITY, day, opened, opened.plusHours(1), opened.plusDays(3));
                facts.ticketAccepted(ticket, opened.plusMinutes(minutesToAccept[i]));
                if (i >= 9) {
                    facts.ticketResolved(ticket, opened.plusHours(3 + i));
                }
            }
        });
        Map<String, String> year = Map.of("from", "2021-01-01", "to", "2021-12-31", "street", STREET);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                assertThat(row(year, "street").getInt("ticketsOpened")).isEqualTo(12));
        JsonPath street = row(year, "street");
        // The 11th shortest of 12 took 88 minutes: in the bucket of 85 to 90 minutes.
        assertThat(street.getDouble("p90MinutesToAccept")).isEqualTo(90.0);
        assertThat(row(year, "community").getDouble("p90MinutesToAccept")).isEqualTo(90.0);
        assertThat(row(year, "community").getDouble("p90MinutesToResolve"))
                .isEqualTo(street.getDouble("p90MinutesToResolve")).isNotNull();

        int unset = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                UPDATE community_statistics SET accept_p90_bucket = NULL, resolve_p90_bucket = NULL
                WHERE grain = 'YEAR' AND period = DATE '2021-01-01' AND community_code = ?1
                """).setParameter(1, COMMUNITY).executeUpdate());
        assertThat(unset).isEqualTo(1);
        JsonPath community = row(year, "community");
        assertThat(community.getDouble("p90MinutesToAccept")).isEqualTo(90.0);
        assertThat(community.getDouble("p90MinutesToResolve")).isEqualTo(street.getDouble("p90MinutesToResolve"));
    }

    private static JsonPath row(Map<String, String> range, String level) {
        return given().queryParams(range).queryParam("level", level).get("/api/stats").then().statusCode(200)
                .extract().jsonPath().setRootPath("periods[0].rows[0]");
    }
}
