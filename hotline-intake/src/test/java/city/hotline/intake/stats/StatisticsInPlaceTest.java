package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;
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
 * The fold writes a changed period over its row, in place, so that the rows of a period stay on the
 * pages they were written to (docs/statistics.md), and still drops the row of a period left with
 * nothing to count. In a community of 天津市南开区.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsInPlaceTest {

    static final String COMMUNITY = "120104009001";
    static final String STREET = "120104009000";
    static final Duration BOUND = Duration.ofSeconds(5);

    @Inject
    StatisticsRepository facts;

    @Inject
    CommunityViewRepository communities;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void theRegistryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "学府社区", STREET, "学府街道", "120104000000", "南开区", "120100000000", "天津市"));
    }

    /**
     * A second call of the same day changes the community's day, week, month and year rows: each is
     * updated where it lies (a HOT update: same page, no new index entry), none deleted and written
     * anew elsewhere, and the figures are those of both calls.
     */
    @Test
    void aChangedPeriodIsUpdatedWhereItsRowLies() {
        awaitCommunity();
        LocalDate day = LocalDate.parse("2023-08-09");
        QuarkusTransaction.requiringNew().run(() ->
                facts.countCall(day, COMMUNITY, CallType.COMPLAINT, Category.HEATING, false));
        Map<String, String> week = Map.of("from", "2023-08-07", "to", "2023-08-13", "community", COMMUNITY);
        await().atMost(BOUND).ignoreExceptions().untilAsserted(() ->
                assertThat(row(week).getInt("callsByType.COMPLAINT")).isEqualTo(1));
        Map<String, String> pages = pages();
        assertThat(pages).containsOnlyKeys("DAY", "WEEK", "MONTH", "YEAR");
        long hotUpdates = hotUpdates();

        QuarkusTransaction.requiringNew().run(() ->
                facts.countCall(day, COMMUNITY, CallType.COMPLAINT, Category.HEATING, false));
        await().atMost(BOUND).ignoreExceptions().untilAsserted(() -> {
            assertThat(row(week).getInt("callsByType.COMPLAINT")).isEqualTo(2);
            assertThat(row(Map.of("from", "2023-01-01", "to", "2023-12-31", "community", COMMUNITY))
                    .getInt("callsByCategory.HEATING")).isEqualTo(2);
        });
        assertThat(pages()).isEqualTo(pages);
        // The statistics collector reports a backend's counts within a second or so of its transaction.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(hotUpdates()).isGreaterThanOrEqualTo(hotUpdates + 4));
    }

    /** A day whose only ticket is cancelled has nothing left to count: its row goes, as before. */
    @Test
    void aPeriodLeftWithNothingToCountHasNoRow() {
        awaitCommunity();
        LocalDate day = LocalDate.parse("2023-08-16");
        OffsetDateTime opened = OffsetDateTime.parse("2023-08-16T09:30:00+08:00");
        QuarkusTransaction.requiringNew().run(() -> facts.ticketOpened("TJ-INPLACE-1", COMMUNITY, day, opened));
        Map<String, String> streetsDay = Map.of("from", day.toString(), "to", day.toString(), "street", STREET);
        await().atMost(BOUND).ignoreExceptions().untilAsserted(() ->
                assertThat(rows(streetsDay)).extracting(r -> r.get("ticketsOpened")).containsExactly(1));

        QuarkusTransaction.requiringNew().run(() ->
                facts.ticketCancelled("TJ-INPLACE-1", COMMUNITY, day, opened.plusMinutes(5)));
        await().atMost(BOUND).ignoreExceptions().untilAsserted(() -> assertThat(rows(streetsDay)).isEmpty());
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT count(*) FROM community_statistics WHERE community_code = ?1 AND period = ?2
                """).setParameter(1, COMMUNITY).setParameter(2, day).getSingleResult())).isEqualTo(0L);
    }

    /** The page each of the community's rows of August 2023 (and of 2023) lies on, by grain. */
    @SuppressWarnings("unchecked")
    private Map<String, String> pages() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT grain, ((ctid::text)::point)[0]::text FROM community_statistics
                WHERE community_code = ?1 AND period IN (DATE '2023-08-09', DATE '2023-08-07', DATE '2023-08-01',
                                                         DATE '2023-01-01')
                """).setParameter(1, COMMUNITY).getResultList());
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    private long hotUpdates() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT n_tup_hot_upd FROM pg_stat_user_tables WHERE relid = 'community_statistics'::regclass
                """).getSingleResult()).longValue());
    }

    private void awaitCommunity() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
    }

    private static JsonPath row(Map<String, String> range) {
        return given().queryParams(range).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .setRootPath("periods[0].rows[0]");
    }

    private static List<Map<String, Object>> rows(Map<String, String> range) {
        return given().queryParams(range).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .getList("periods[0].rows");
    }
}
