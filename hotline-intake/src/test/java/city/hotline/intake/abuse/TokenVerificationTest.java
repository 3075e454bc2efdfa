package city.hotline.intake.abuse;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;

/**
 * A token is verified once and then remembered (service-core's VerifiedTokens): a token that differs from a remembered
 * one, or has expired, must still be refused.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class TokenVerificationTest {

    @Test
    void anAlteredOrExpiredTokenIsRefusedOnceTheGenuineOneIsRemembered() {
        String genuine = TestTokens.token(Grant.of(Role.ANALYST));
        for (int request = 0; request < 2; request++) {
            given().header("Authorization", "Bearer " + genuine).get("/api/calls").then().statusCode(403);
        }

        String[] parts = genuine.split("\\.");
        String asOperator = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"analyst\"", "\"operator\"").getBytes(StandardCharsets.UTF_8));
        String escalated = parts[0] + "." + asOperator + "." + parts[2];
        String expired = TestTokens.expiredToken(Grant.of(Role.OPERATOR));
        for (int request = 0; request < 2; request++) {
            given().header("Authorization", "Bearer " + escalated).get("/api/calls").then().statusCode(401);
            given().header("Authorization", "Bearer " + expired).get("/api/calls").then().statusCode(401);
        }
        given().header(TestTokens.as(Role.OPERATOR)).get("/api/calls").then().statusCode(200);
    }
}
