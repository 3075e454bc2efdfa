package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CallReceived;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.intake.repository.WorkerNameRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Praise is credited to the community and to the worker it names, without a ticket. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PraiseTest {

    static final String COMMUNITY = "110101099006";
    static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    WorkerNameRepository workers;

    @BeforeAll
    static void registryAnnouncesTheCommunityAndItsWorkers() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "府学胡同社区", "110101099000", "东四街道", "110101000000", "东城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.WORKER_REGISTERED, COMMUNITY, "w-fuxue-1", new WorkerRegistered("w-fuxue-1",
                COMMUNITY, "吴丽", "COMMUNITY_WORKER", "社工", "13800006666", List.of(), true));
    }

    @Test
    void praiseNamingAWorkerIsCreditedToThemAndToTheCommunity() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> workers.findByIdOptional("w-fuxue-1").isPresent()));
        String id = given().contentType(ContentType.JSON)
                .body(praise("我要表扬社区的吴丽，封控期间天天给我们送菜，太感谢了"))
                .when().post("/api/calls").then().statusCode(201)
                .body("type", equalTo("PRAISE"))
                .body("ticketId", nullValue())
                .body("praisedWorkerName", equalTo("吴丽"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(praise("感谢社区工作人员，封控期间辛苦了，服务很周到"))
                .when().post("/api/calls").then().statusCode(201)
                .body("type", equalTo("PRAISE"))
                .body("praisedWorkerName", nullValue());

        List<ConsumerRecord<String, String>> read = TestEvents.readUntil(Topics.CALLS,
                record -> record.value().contains(id) && record.value().contains("praisedWorkerId"), BOUND);
        CallReceived received = EventJson.read(read.get(read.size() - 1).value(), CallReceived.class);
        assertThat(received.praisedWorkerId()).isEqualTo("w-fuxue-1");

        given().when().get("/api/praise?community=%s&from=2022-12-01&to=2022-12-31".formatted(COMMUNITY))
                .then().statusCode(200)
                .body("find { it.workerId == 'w-fuxue-1' }.praise", equalTo(1))
                .body("find { it.workerId == null }.praise", equalTo(1));
        given().when().get("/api/praise?community=%s&from=2022-12-31&to=2022-12-01".formatted(COMMUNITY))
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private static String praise(String text) {
        return "{\"text\": \"%s\", \"communityCode\": \"%s\", \"receivedAt\": \"2022-12-10T03:00:00Z\"}"
                .formatted(text, COMMUNITY);
    }
}
