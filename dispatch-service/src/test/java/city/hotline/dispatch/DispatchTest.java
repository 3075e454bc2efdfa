package city.hotline.dispatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.TicketAssigned;
import city.hotline.events.TicketOpened;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.events.WorkerRegistered;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class DispatchTest {

    /** 钟楼湾社区 with two workers on duty; 碧盛花园社区 with nobody on duty. */
    static final String ZHONGLOUWAN = "110101004001";
    static final String BISHENG = "420102016001";
    static final String SHEN = "1c3f0a52-0000-4000-8000-000000000001";
    static final String LI = "1c3f0a52-0000-4000-8000-000000000002";
    static final Duration BOUND = Duration.ofSeconds(30);

    @BeforeAll
    static void registryAnnouncesTheWorkers() {
        TestEvents.publish(EventType.WORKER_REGISTERED, ZHONGLOUWAN, SHEN,
                new WorkerRegistered(SHEN, ZHONGLOUWAN, "申海雁", "SECRETARY", "社区党委书记", "13800001001", List.of(), true));
        TestEvents.publish(EventType.WORKER_REGISTERED, ZHONGLOUWAN, LI,
                new WorkerRegistered(LI, ZHONGLOUWAN, "李社工", "COMMUNITY_WORKER", null, "13800001002", List.of(), true));
        TestEvents.publish(EventType.WORKER_REGISTERED, BISHENG, "1c3f0a52-0000-4000-8000-000000000003",
                new WorkerRegistered("1c3f0a52-0000-4000-8000-000000000003", BISHENG, "休假社工", "COMMUNITY_WORKER",
                        null, "13800002009", List.of(), false));
    }

    @Inject
    WorkerViewRepository workers;

    @Inject
    TestClock clock;

    @Test
    void aTicketGoesToTheWorkerWhoseRoleFitsItsCategoryAndToTheCommunitysDispatchTopic() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(
                () -> workers.findByIdOptional(UUID.fromString(SHEN)).isPresent()
                        && workers.findByIdOptional(UUID.fromString(LI)).isPresent()));
        OffsetDateTime openedAt = clock.now();
        open("BJ20221205-100001", ZHONGLOUWAN, Urgency.URGENT, openedAt);
        JsonPath first = awaitTicket("BJ20221205-100001", "ASSIGNED");
        open("BJ20221205-100002", ZHONGLOUWAN, Urgency.NORMAL, openedAt);
        JsonPath second = awaitTicket("BJ20221205-100002", "ASSIGNED");

        // Medical requests go to a community worker, not to the secretary, however loaded.
        assertThat(List.of(first.getString("assignee.workerId"), second.getString("assignee.workerId")))
                .containsExactly(LI, LI);
        assertThat(OffsetDateTime.parse(first.getString("acceptBy"))).isEqualTo(openedAt.plusMinutes(15));
        assertThat(OffsetDateTime.parse(first.getString("resolveBy"))).isEqualTo(openedAt.plusHours(2));
        assertThat(first.getList("history.action")).containsExactly("OPENED", "ASSIGNED", "DUTY_LEAD_PAGED");

        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(ZHONGLOUWAN),
                record -> record.value().contains("BJ20221205-100001"), BOUND);
        ConsumerRecord<String, String> assigned = dispatched.get(dispatched.size() - 1);
        assertThat(new String(assigned.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(EventType.TICKET_ASSIGNED.name());
        assertThat(EventJson.read(assigned.value(), TicketAssigned.class).workerId())
                .isEqualTo(first.getString("assignee.workerId"));
    }

    @Test
    void aTicketInACommunityWithNobodyOnDutyWaitsUntilSomeoneIs() {
        open("WH20221205-100003", BISHENG, Urgency.NORMAL, OffsetDateTime.now());
        JsonPath waiting = awaitTicket("WH20221205-100003", "OPEN");
        assertThat(waiting.getString("assignee")).isNull();
        assertThat(waiting.getList("history.action")).containsExactly("OPENED", "WAITING");

        String onDuty = "1c3f0a52-0000-4000-8000-000000000004";
        TestEvents.publish(EventType.WORKER_REGISTERED, BISHENG, onDuty, new WorkerRegistered(onDuty, BISHENG,
                "包保社工", "COMMUNITY_WORKER", null, "13800002001", List.of(), true));

        JsonPath assigned = awaitTicket("WH20221205-100003", "ASSIGNED");
        assertThat(assigned.getString("assignee.name")).isEqualTo("包保社工");
        assertThat(assigned.getList("history.action")).containsExactly("OPENED", "WAITING", "ASSIGNED");
    }

    @Test
    void anUnknownTicketIsAProblem() {
        given().when().get("/api/tickets/BJ20000101-000000")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    private static void open(String ticketId, String community, Urgency urgency, OffsetDateTime openedAt) {
        TestEvents.publish(EventType.TICKET_OPENED, community, ticketId, new TicketOpened(ticketId,
                UUID.randomUUID().toString(), community, CallType.REQUEST, urgency, Category.MEDICAL,
                "钟库胡同1号院魏先生周一三五要去医院透析，封控出不去，请社区协调车辆", openedAt));
    }

    private static JsonPath awaitTicket(String ticketId, String status) {
        return await().atMost(BOUND).until(
                () -> given().when().get("/api/tickets/" + ticketId).then().extract().response(),
                response -> response.statusCode() == 200 && status.equals(response.path("status")))
                .jsonPath();
    }
}
