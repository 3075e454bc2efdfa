package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Residents' records reach only the roles and communities that need them; every refused reading reads nothing. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ResidentAccessTest {

    private static final String COMMUNITY = "110101098201";
    private static final String OTHER = "110101098202";

    @Test
    void anAnalystReadsNoResidentAndAWorkerOnlyTheirCommunitysAndNoTokenNothing() {
        TestPlaces.community(COMMUNITY, "居民权限社区", "居民权限小区", "1号楼");
        TestPlaces.community(OTHER, "另一社区", "另一小区", "1号楼");
        String id = given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "building": "居民权限小区/1号楼", "unit": "1", "door": "101",
                 "name": "魏建国", "gender": "MALE", "phone": "13812348201", "ageBand": "SENIOR",
                 "tags": ["DIALYSIS"], "preferredChannel": "PHONE", "contactConsent": true, "shareConsent": true}
                """.formatted(COMMUNITY)).post("/api/residents").then().statusCode(201).extract().path("id");

        given().header(TestTokens.as(Role.ANALYST)).get("/api/residents/{id}?reason=统计", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header(TestTokens.as(Role.ANALYST)).get("/api/residents?community={c}", COMMUNITY)
                .then().statusCode(403);
        given().header(TestTokens.NONE).get("/api/residents/{id}?reason=看看", id)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not.a.token").get("/api/residents/{id}?reason=看看", id)
                .then().statusCode(401).contentType("application/problem+json");
        given().header(TestTokens.worker(OTHER, UUID.randomUUID())).get("/api/residents/{id}?reason=看看", id)
                .then().statusCode(403);
        given().header(TestTokens.communitySystem(OTHER)).get("/api/residents?community={c}", COMMUNITY)
                .then().statusCode(403);

        // Only the permitted reading was logged, under the reader's own name from their token.
        given().header(TestTokens.worker(COMMUNITY, UUID.randomUUID())).get("/api/residents/{id}?reason=上门", id)
                .then().statusCode(200).body("resident.phone", equalTo("13812348201"));
        given().get("/api/residents/{id}/access-log", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].reason", equalTo("上门"));

        // A community system lists its own community's residents, masked, without naming it.
        given().header(TestTokens.communitySystem(COMMUNITY)).get("/api/residents").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].phone", equalTo("138****8201"));
    }
}
