package city.hotline.intake.abuse;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ValidatableResponse;

/**
 * Each client has its own limit: one over it is told to wait, others are not held up, and the limit comes back.
 * The limits here are small, so that a few requests reach them; the defaults are in service-core.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    private static final int OPERATOR_LIMIT = 3;
    /** Long enough for the requests of one test to fall within it on a slow machine; one back every 10 s. */
    private static final String OPERATOR_PERIOD = "PT30S";
    private static final int API_KEY_LIMIT = 2;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "hotline.rate-limit.roles.operator.requests", Integer.toString(OPERATOR_LIMIT),
                    "hotline.rate-limit.roles.operator.period", OPERATOR_PERIOD,
                    "hotline.rate-limit.api-key.requests", Integer.toString(API_KEY_LIMIT),
                    "hotline.rate-limit.api-key.period", "PT1M",
                    "hotline.intake.open311.api-keys", "test-311-key,second-311-key");
        }
    }

    @Test
    void anOperatorOverTheLimitIsToldToWaitAnotherIsNotAndTheLimitComesBack() {
        Header first = operator();
        Header second = operator();
        for (int i = 0; i < OPERATOR_LIMIT; i++) {
            classify(first).statusCode(200);
        }

        classify(first).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, both(greaterThanOrEqualTo(1)).and(lessThanOrEqualTo(30)))
                .body("status", equalTo(429))
                .body("detail", containsString("at most " + OPERATOR_LIMIT));
        classify(second).statusCode(200);

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1))
                .until(() -> classify(first).extract().statusCode() == 200);
    }

    @Test
    void anOpen311ClientIsCountedByItsApiKey() {
        for (int i = 0; i < API_KEY_LIMIT; i++) {
            fileWithoutService("test-311-key").statusCode(400);
        }

        fileWithoutService("test-311-key").statusCode(429)
                .contentType(ContentType.JSON)
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .body("[0].code", equalTo(429))
                .body("[0].description", containsString("at most " + API_KEY_LIMIT));
        fileWithoutService("second-311-key").statusCode(400);
    }

    /** An operator of their own: a token subject no other test uses. */
    private static Header operator() {
        return TestTokens.as(new Grant("operator-" + UUID.randomUUID(), Role.OPERATOR, null, null));
    }

    private static ValidatableResponse classify(Header operator) {
        return given().header(operator).contentType(ContentType.JSON).body("{\"text\": \"楼道灯坏了\"}")
                .when().post("/api/classifications").then();
    }

    /** A request refused for want of a service_code, after it is counted. */
    private static ValidatableResponse fileWithoutService(String apiKey) {
        return given().header(TestTokens.NONE).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", apiKey).formParam("description", "暖气不热")
                .when().post("/open311/v2/requests.json").then();
    }
}
