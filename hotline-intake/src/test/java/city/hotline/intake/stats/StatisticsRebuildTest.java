package city.hotline.intake.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.intake.domain.StatisticsRebuild;
import city.hotline.intake.repository.StatisticsFoldRepository;
import city.hotline.intake.repository.StatisticsRebuildRepository;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A rebuild of the roll-ups runs in the background: at a year of a big city's volume it outlasts
 * any HTTP request, so the administrator is answered at once and asks for its state after.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class StatisticsRebuildTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @Inject
    StatisticsFoldRepository rollups;

    @Inject
    StatisticsRebuildRepository rebuilds;

    @Test
    void aRebuildIsAnsweredAtOnceAndSaysWhenItHasFinished() {
        String rebuild = startRebuild();
        assertThat(rebuild).matches(".*/api/stats/rebuild/\\d+");

        await().atMost(BOUND).until(() -> given().get(rebuild).then().extract().path("state"), "finished"::equals);
        given().get(rebuild).then().statusCode(200)
                .body("communityPeriods", notNullValue())
                .body("seconds", notNullValue())
                .body("finishedAt", notNullValue());
    }

    @Test
    void aSecondRebuildWhileOneRunsIsRefusedAndTheFirstFinishes() throws Exception {
        CountDownLatch foldsHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A fold under way holds the roll-ups' lock: the rebuild waits for it, running meanwhile.
        CompletableFuture<Void> fold = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            rollups.lock();
            foldsHeld.countDown();
            awaitLatch(release);
        }));
        try {
            assertThat(foldsHeld.await(30, TimeUnit.SECONDS)).isTrue();
            String first = startRebuild();
            given().get(first).then().statusCode(200).body("state", equalTo("running"));

            given().post("/api/stats/rebuild")
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("already running"));
            given().get(first).then().body("state", equalTo("running"));

            release.countDown();
            fold.get(30, TimeUnit.SECONDS);
            await().atMost(BOUND).until(() -> given().get(first).then().extract().path("state"), "finished"::equals);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRebuildThatNeitherFinishedNorRunsHasStopped() {
        // As a replica that died mid-rebuild leaves it: recorded, never finished, its lock released with its connection.
        long abandoned = QuarkusTransaction.requiringNew().call(() -> {
            StatisticsRebuild rebuild = new StatisticsRebuild();
            rebuild.requestedBy = "admin";
            rebuild.startedAt = OffsetDateTime.now().minusMinutes(20);
            rebuilds.persist(rebuild);
            return rebuild.id;
        });
        given().get("/api/stats/rebuild/" + abandoned).then().statusCode(200).body("state", equalTo("stopped"));
    }

    @Test
    void anUnknownRebuildIsNotFound() {
        given().get("/api/stats/rebuild/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Starts a rebuild once none runs: another test class's rebuild (the access check's, say) may
     * still be finishing in the background.
     */
    static String startRebuild() {
        return await().atMost(BOUND).until(() -> {
            var answer = given().post("/api/stats/rebuild").then().extract();
            if (answer.statusCode() == 409) {
                return null;
            }
            assertThat(answer.statusCode()).isEqualTo(202);
            assertThat(answer.jsonPath().getString("state")).isEqualTo("running");
            return answer.header("Location");
        }, location -> location != null);
    }

    /** Rebuilds the roll-ups, as an administrator does, and returns once the rebuild has finished. */
    static void rebuildAndAwaitItsEnd() {
        String rebuild = startRebuild();
        await().atMost(BOUND).until(() -> given().get(rebuild).then().statusCode(200).extract().path("state"),
                "finished"::equals);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
