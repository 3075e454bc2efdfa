package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import city.hotline.notification.repository.GatewayMessageRepository;
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

        assertThat(QuarkusTransaction.requiringNew().call(() -> messages.taken("sms").stream()
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
