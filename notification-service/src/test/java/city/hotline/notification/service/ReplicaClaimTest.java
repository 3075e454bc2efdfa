package city.hotline.notification.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.notification.FakeReceivers;
import city.hotline.notification.channel.Outgoing;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Replicas claiming at the same moment, with the service's own sender running too, never share a delivery. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class ReplicaClaimTest {

    static final String COMMUNITY = "110101004401";
    static final int REPLICAS = 4;

    @Inject
    DeliverySender sender;

    @Inject
    CommunityRepository communities;

    @Test
    void concurrentClaimsAreDisjoint() throws Exception {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "东四二条社区", "110101006", "东四街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        List<Map<String, String>> recipients = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            recipients.add(Map.of("phone", "1370044%04d".formatted(i)));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", COMMUNITY, "message", "今晚供暖管道检修。", "audience", "RECIPIENTS",
                        "recipients", recipients))
                .when().post("/api/broadcasts").then().statusCode(201);

        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        try {
            List<Callable<List<Outgoing>>> claims = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                claims.add(() -> QuarkusTransaction.requiringNew().call(sender::claimDue));
            }
            Set<UUID> claimed = new HashSet<>();
            int total = 0;
            for (Future<List<Outgoing>> claim : replicas.invokeAll(claims)) {
                for (Outgoing outgoing : claim.get()) {
                    claimed.add(outgoing.deliveryId());
                    total++;
                }
            }
            assertThat(total).isPositive();
            assertThat(claimed).hasSize(total);
        } finally {
            replicas.shutdownNow();
        }
    }
}
