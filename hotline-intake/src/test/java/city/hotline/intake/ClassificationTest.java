package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import city.hotline.events.CallReclassified;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.intake.domain.ClassificationCorrection;
import city.hotline.intake.repository.ClassificationCorrectionRepository;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import city.hotline.testkit.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ClassificationTest {

    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    ClassificationCorrectionRepository corrections;

    @Test
    void aDialysisPatientLockedInIsUrgentAndSaysWhy() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"我爸明天要去医院透析，小区封控出不去，请社区帮忙协调车辆\"}")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("type", equalTo("REQUEST"))
                .body("urgency", equalTo("URGENT"))
                .body("category", equalTo("MEDICAL"))
                .body("safetySignals", hasItem("DIALYSIS"))
                .body("needsReview", equalTo(false));
    }

    @Test
    void sarcasmIsAComplaint() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"你们物业可真负责啊，电梯坏了一个月，说是让我们多锻炼身体\"}")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("type", equalTo("COMPLAINT"));
    }

    @Test
    void aTextTheClassifierCannotReadIsFlaggedForReview() {
        given().contentType(ContentType.JSON).body("{\"text\": \"关于那个事\"}")
                .when().post("/api/classifications")
                .then().statusCode(200)
                .body("confidence", lessThan(0.6f))
                .body("needsReview", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": \"\"}", "{\"text\": \"   \"}", "{}"})
    void anEmptyOrBlankTextIsRefusedNamingTheField(String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aTextOverFourThousandCharactersIsRefused() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + "长".repeat(4001) + "\"}")
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        given().contentType(ContentType.JSON).body("电梯坏了")
                .when().post("/api/classifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }

    @Test
    void aTakenCallSaysWhetherItNeedsReview() {
        given().contentType(ContentType.JSON).body("{\"text\": \"关于那个事\"}")
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("needsReview", equalTo(true));
    }

    @Test
    void anOperatorsCorrectionIsAppliedRecordedAnnouncedAndExported() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\": \"我们楼的暖气片有点温吞，您看看是不是该放放气了\"}")
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        String before = given().when().get("/api/calls/" + id).then().extract().path("category");

        // The operator is who the token names; the body's operator, kept for older clients, is ignored.
        given().header(TestTokens.as(new Grant("op-wangfang", Role.OPERATOR, null, null)))
                .contentType(ContentType.JSON)
                .body("{\"type\": \"COMPLAINT\", \"category\": \"HEATING\", \"operator\": \"话务员李强\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(200)
                .body("type", equalTo("COMPLAINT"))
                .body("category", equalTo("HEATING"))
                .body("needsReview", equalTo(false));
        given().when().get("/api/calls/" + id).then().body("type", equalTo("COMPLAINT"));

        List<ClassificationCorrection> recorded = QuarkusTransaction.requiringNew()
                .call(() -> corrections.list("callId", UUID.fromString(id)));
        assertThat(recorded).singleElement().satisfies(correction -> {
            assertThat(correction.operator).isEqualTo("op-wangfang");
            assertThat(correction.categoryBefore.name()).isEqualTo(before);
            assertThat(correction.typeAfter).isEqualTo(CallType.COMPLAINT);
            assertThat(correction.categoryAfter).isEqualTo(Category.HEATING);
            assertThat(correction.correctedAt).isNotNull();
        });

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS,
                record -> record.value().contains(id)
                        && header(record, "ce_type").equals(EventType.CALL_RECLASSIFIED.name()), BOUND);
        CallReclassified event = EventJson.read(read.get(read.size() - 1).value(), CallReclassified.class);
        assertThat(event.type()).isEqualTo(CallType.COMPLAINT);
        assertThat(event.category()).isEqualTo(Category.HEATING);
        assertThat(event.previousCategory().name()).isEqualTo(before);
        assertThat(event.operator()).isEqualTo("op-wangfang");

        String exported = given().when().get("/api/classifications/corrections")
                .then().statusCode(200).contentType(containsString("text/tab-separated-values"))
                .extract().asString();
        assertThat(exported).startsWith("id\ttext\ttype\turgency\tcategory\n")
                .contains(id + "\t我们楼的暖气片有点温吞，您看看是不是该放放气了\tCOMPLAINT\t");
    }

    @Test
    void aCorrectionMustChangeSomethingAndNeedNotNameTheOperator() {
        String id = given().contentType(ContentType.JSON).body("{\"text\": \"楼道灯坏了\"}")
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"urgency\": \"VERY\", \"operator\": \"王芳\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("urgency"));
        given().when().get("/api/calls/" + id).then().body("urgency", equalTo(Urgency.NORMAL.name()));
        given().contentType(ContentType.JSON).body("{\"urgency\": \"URGENT\"}")
                .when().put("/api/calls/" + id + "/classification")
                .then().statusCode(200).body("urgency", equalTo(Urgency.URGENT.name()));
    }

    @Test
    void correctingAnUnknownCallAnswers404() {
        given().contentType(ContentType.JSON).body("{\"urgency\": \"URGENT\", \"operator\": \"王芳\"}")
                .when().put("/api/calls/" + UUID.randomUUID() + "/classification")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
