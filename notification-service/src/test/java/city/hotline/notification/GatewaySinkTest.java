package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import city.hotline.notification.domain.GatewayMessage;
import city.hotline.notification.repository.GatewayMessageRepository;
import city.hotline.notification.service.GatewaySink;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The local stack's stand-in SMS and WeChat gateway keeps what it took in a table, encrypted, and shows it. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class GatewaySinkTest {

    @Inject
    GatewayMessageRepository messages;

    @Inject
    EntityManager entityManager;

    @Test
    void aMessageTakenIsStoredAndListedUnderItsChannel() {
        String reference = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "13800900001", "text", "【钟楼湾社区】明天上午停水，请提前储水。", "reference", reference))
                .when().post("/api/gateway-sink/SMS")
                .then().statusCode(202)
                .body("channel", equalTo("sms"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> messages.taken("sms", GatewaySink.KEPT).stream()
                .filter(message -> reference.equals(message.reference)).count())).isEqualTo(1);
        given().when().get("/api/gateway-sink/sms")
                .then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }.to", equalTo("13800900001"))
                .body("find { it.reference == '" + reference + "' }.text", equalTo("【钟楼湾社区】明天上午停水，请提前储水。"));
        // The number and the words are personal data: stored encrypted like every other copy.
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery("SELECT recipient, text FROM gateway_message WHERE reference = ?1")
                .setParameter(1, reference).getSingleResult());
        assertThat(stored).allSatisfy(value -> assertThat((String) value).startsWith("pd:")
                .doesNotContain("13800900001", "停水"));
        given().when().get("/api/gateway-sink/wechat")
                .then().statusCode(200)
                .body("find { it.reference == '" + reference + "' }", equalTo(null));
    }

    /**
     * Taking a message never waits for another transaction's hold on older messages, and the prune skips what is held
     * and forgets it once let go. Senders that each deleted the older messages themselves waited on each other's row
     * locks, in different orders, and deadlocked under load; a sender that never waits cannot.
     */
    @Test
    void aMessageIsTakenWhileOlderOnesAreHeldAndTheyAreForgottenOnceLetGo() throws Exception {
        long oldest = QuarkusTransaction.requiringNew().call(() -> {
            List<GatewayMessage> filler = new ArrayList<>();
            for (int i = 0; i <= GatewaySink.KEPT; i++) {
                GatewayMessage message = new GatewayMessage();
                message.channel = "sms";
                message.recipient = "13800900003";
                message.text = "旧消息 " + i;
                message.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
                filler.add(message);
            }
            messages.persist(filler);
            return filler.get(0).id;
        });
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            // Another sender's transaction, or another replica's prune, holding the oldest message.
            Future<?> hold = holder.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("SELECT id FROM gateway_message WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, oldest).getSingleResult();
                held.countDown();
                try {
                    letGo.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Integer> taken = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("to", "13800900004", "text", "【钟楼湾社区】今晚八点停电检修。"))
                    .when().post("/api/gateway-sink/sms").statusCode());
            assertThat(taken.get(10, TimeUnit.SECONDS)).isEqualTo(202);

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(olderThanTheKept())
                    .as("the prune forgets the older messages except the one held").containsExactly(oldest));

            letGo.countDown();
            hold.get(10, TimeUnit.SECONDS);
            given().contentType(ContentType.JSON).body(Map.of("to", "13800900004", "text", "【钟楼湾社区】电已恢复。"))
                    .when().post("/api/gateway-sink/sms").then().statusCode(202);
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(olderThanTheKept()).isEmpty());
            given().when().get("/api/gateway-sink")
                    .then().statusCode(200)
                    .body("size()", lessThanOrEqualTo(GatewaySink.KEPT))
                    .body("text[-1]", equalTo("【钟楼湾社区】电已恢复。"));
        } finally {
            letGo.countDown();
            holder.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> olderThanTheKept() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) entityManager.createNativeQuery(
                        "SELECT id FROM gateway_message WHERE id <= (SELECT max(id) FROM gateway_message) - ?1")
                .setParameter(1, GatewaySink.KEPT).getResultList()).stream().map(Number::longValue).toList());
    }

    @Test
    void aMessageAGatewayWouldRefuseIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "1".repeat(31), "text", "通知"))
                .when().post("/api/gateway-sink/sms")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("to", "13800900002", "text", "通知"))
                .when().post("/api/gateway-sink/fax")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
