package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;

/** A community system subscribes to, sees and changes its own community's subscriptions and nobody else's. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
// The resources of the other tests here, so that Quarkus need not start the service anew for this class.
@WithTestResource(FakeReceivers.class)
class SubscriptionAccessTest {

    private static final String COMMUNITY = "110101004911";
    private static final String OTHER = "110101004912";

    @Test
    void aCommunitySystemManagesOnlyItsOwnCommunitysSubscriptions() {
        Header ours = TestTokens.communitySystem(COMMUNITY);
        Header theirs = TestTokens.communitySystem(OTHER);

        given().header(ours).contentType(ContentType.JSON).body(request(OTHER))
                .post("/api/subscriptions").then().statusCode(403).contentType("application/problem+json");
        String id = given().header(ours).contentType(ContentType.JSON).body(request(COMMUNITY))
                .post("/api/subscriptions").then().statusCode(201).extract().path("id");
        given().header(theirs).contentType(ContentType.JSON).body(request(OTHER))
                .post("/api/subscriptions").then().statusCode(201);

        given().header(ours).get("/api/subscriptions").then().statusCode(200)
                .body("communityCode", everyItem(equalTo(COMMUNITY)));
        given().header(ours).get("/api/subscriptions?community={c}", OTHER).then().statusCode(403);
        given().header(theirs).get("/api/subscriptions/{id}", id).then().statusCode(403);
        given().header(theirs).post("/api/subscriptions/{id}/pause", id).then().statusCode(403);
        given().header(theirs).delete("/api/subscriptions/{id}", id).then().statusCode(403);
        given().header(ours).post("/api/subscriptions/{id}/pause", id).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
    }

    private static Map<String, String> request(String community) {
        return Map.of("communityCode", community, "url", FakeReceivers.url("/access-" + community),
                "secret", "a-secret-of-sixteen-chars");
    }
}
