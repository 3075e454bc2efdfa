package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.intake.repository.CommunityViewRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Consultations answered from the knowledge base of policy answers, on the call and without a ticket. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ConsultationsTest {

    static final String COMMUNITY = "110101099005";
    static final String QUESTION = "我想咨询一下，现在去超市购物还要查核酸检测结果吗";
    static final String ANSWER = "自2022年12月5日起，超市、商场等场所不再查验核酸检测阴性结果。";

    @Inject
    CommunityViewRepository communities;

    @BeforeAll
    static void registryAnnouncesTheCommunity() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "交道口社区", "110101099000", "交道口街道", "110101000000", "东城区", "110100000000", "北京市"));
    }

    @Test
    void aConsultationACurrentAnswerFitsIsAnsweredOnTheCallWithoutATicket() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        String answerId = given().contentType(ContentType.JSON)
                .body("""
                        {"question": "超市还查核酸检测结果吗", "answer": "%s", "keywords": ["超市", "核酸"],
                         "validFrom": "2022-12-05"}
                        """.formatted(ANSWER))
                .when().post("/api/answers")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(consultation("2022-12-06T02:00:00Z"))
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("type", equalTo("CONSULTATION"))
                .body("answer", equalTo(ANSWER))
                .body("ticketId", nullValue());

        // Before the answer was valid, nothing fitted: the consultation became a ticket.
        given().contentType(ContentType.JSON).body(consultation("2022-12-01T02:00:00Z"))
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("answer", nullValue())
                .body("ticketId", matchesPattern("BJ20221201-\\d{6}"));

        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "超市还查核酸检测结果吗", "answer": "%s", "keywords": ["超市"],
                         "validFrom": "2022-12-05", "validUntil": "2022-12-31"}
                        """.formatted(ANSWER))
                .when().put("/api/answers/" + answerId)
                .then().statusCode(200).body("validUntil", equalTo("2022-12-31"));
        given().when().get("/api/answers").then().statusCode(200).body("id", hasItem(answerId));
        given().when().delete("/api/answers/" + answerId).then().statusCode(204);
        given().when().get("/api/answers/" + answerId).then().statusCode(404);
        given().when().get("/api/answers").then().body("id", not(hasItem(answerId)));
    }

    @Test
    void anAnswerWithoutKeywordsOrEndingBeforeItStartsIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"问\", \"answer\": \"答\", \"keywords\": [], \"validFrom\": \"2022-12-05\"}")
                .when().post("/api/answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("keywords"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "问", "answer": "答", "keywords": ["超市"], "validFrom": "2022-12-05",
                         "validUntil": "2022-12-01"}""")
                .when().post("/api/answers")
                .then().statusCode(400).body("errors[0].field", equalTo("validUntil"));
    }

    private static String consultation(String receivedAt) {
        return "{\"text\": \"%s\", \"communityCode\": \"%s\", \"receivedAt\": \"%s\"}"
                .formatted(QUESTION, COMMUNITY, receivedAt);
    }
}
