package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.SuggestionReceived;
import city.hotline.events.TicketCallerAdded;
import city.hotline.events.TicketOpened;
import city.hotline.events.Topics;
import city.hotline.events.WorkerRegistered;
import city.hotline.intake.repository.PlaceNameRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.intake.repository.WorkerNameRepository;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What intake passes on about the caller: who they are (to dispatch, for the special-needs green
 * channel; to notification, to tell them), their suggestions, their praise as corrected, and one
 * ticket for callers of one matter however close together they call.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CallerJourneyTest {

    static final String COMMUNITY = "110101099031";
    static final String BUILDING = "钟楼湾胡同/5号楼";
    static final Duration BOUND = Duration.ofSeconds(30);
    static final String LANDLINE = "010-64041234";
    static final String DIALYSIS_RESIDENT = "r-zhonglouwan-2";
    static final String DIALYSIS_CALL = "家里老人明天要去医院透析，小区封控出不去，请社区帮忙协调车辆";

    @Inject
    PlaceNameRepository placeNames;

    @Inject
    ResidentPhoneRepository residentPhones;

    @Inject
    WorkerNameRepository workers;

    @BeforeAll
    static void registryAnnouncesTheCommunityItsWorkerAndAHousehold() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "钟楼湾社区", "110101099000", "鼓楼街道", "110101000000", "东城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.WORKER_REGISTERED, COMMUNITY, "w-zhonglouwan-1", new WorkerRegistered(
                "w-zhonglouwan-1", COMMUNITY, "孙红", "BUILDING_HEAD", "楼门长", "13800005555",
                List.of(BUILDING, "钟楼湾胡同/6号楼"), true));
        // A couple sharing a landline; the husband is on dialysis.
        TestEvents.publish(EventType.RESIDENT_REGISTERED, COMMUNITY, "r-zhonglouwan-1", new ResidentRegistered(
                "r-zhonglouwan-1", COMMUNITY, 7001, BUILDING, "", "101", "SENIOR", List.of(), "SMS", LANDLINE, true, false));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, COMMUNITY, DIALYSIS_RESIDENT, new ResidentRegistered(
                DIALYSIS_RESIDENT, COMMUNITY, 7001, BUILDING, "", "101", "ELDER", List.of("DIALYSIS"), "PHONE",
                LANDLINE, true, false));
    }

    @Test
    void aRegisteredCallerIsPassedOnByResidentIdAndAnUnknownOneByPhoneOnlyToNotification() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residentPhones.findByIdOptional(DIALYSIS_RESIDENT).map(known -> known.specialNeeds)
                        .orElse(false)));
        String ticketId = given().contentType(ContentType.JSON)
                .body(call(DIALYSIS_CALL, LANDLINE))
                .when().post("/api/calls").then().statusCode(201)
                .body("building", equalTo(BUILDING))
                .extract().path("ticketId");
        assertThat(ticketId).isNotNull();

        List<ConsumerRecord<String, String>> calls = TestEvents.readUntil(Topics.CALLS,
                record -> type(record).equals("hotline.ticket.opened") && record.value().contains(ticketId), BOUND);
        TicketOpened opened = EventJson.read(calls.get(calls.size() - 1).value(), TicketOpened.class);
        // Of the two who share the phone, the one on the special-needs list.
        assertThat(opened.callerResidentId()).isEqualTo(DIALYSIS_RESIDENT);

        List<TicketCallerAdded> callers = callersOf(ticketId, 1);
        assertThat(callers.get(0).residentId()).isEqualTo(DIALYSIS_RESIDENT);
        assertThat(callers.get(0).phone()).isNull();
        assertThat(callers.get(0).joined()).isFalse();

        // A neighbour the registry does not know calls about the same matter: told by phone, on the callers' topic only.
        String stranger = "13711112222";
        String secondCall = given().contentType(ContentType.JSON)
                .body(call(DIALYSIS_CALL, stranger).replace("}", ", \"address\": \"钟楼湾胡同5号楼\"}"))
                .when().post("/api/calls").then().statusCode(201)
                .body("ticketId", equalTo(ticketId))
                .extract().path("id");
        List<TicketCallerAdded> both = callersOf(ticketId, 2);
        assertThat(both.get(1).residentId()).isNull();
        assertThat(both.get(1).phone()).isEqualTo(stranger);
        assertThat(both.get(1).joined()).isTrue();
        assertThat(TestEvents.readUntil(Topics.CALLS, record -> record.value().contains(secondCall), BOUND))
                .noneMatch(record -> record.value().contains(stranger));
    }

    @Test
    void firstCallersOfOneMatterAtTheSameInstantOpenOneTicket() throws Exception {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> placeNames.longestNamedIn("钟楼湾胡同6号楼", COMMUNITY).isPresent()));
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String phone = "1360000%04d".formatted(9000 + i);
                Callable<String> caller = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body(call("钟楼湾胡同6号楼的电梯坏了，老人下不了楼，请尽快派人来修", phone)
                                    .replace("}", ", \"receivedAt\": \"2022-12-06T01:00:00Z\"}"))
                            .when().post("/api/calls").then().statusCode(201).extract().path("ticketId");
                };
                answers.add(pool.submit(caller));
            }
            start.countDown();
            List<String> tickets = new ArrayList<>();
            for (Future<String> answer : answers) {
                tickets.add(answer.get());
            }
            assertThat(tickets).doesNotContainNull().containsOnly(tickets.get(0));
            assertThat(callersOf(tickets.get(0), callers)).filteredOn(TicketCallerAdded::joined).hasSize(callers - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuggestionIsForwardedToTheCommunitysDispatchTopic() {
        String id = given().contentType(ContentType.JSON)
                .body(call("胡同口的路灯坏了很久了，晚上很黑", "13600008888"))
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"type\": \"SUGGESTION\", \"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + id + "/classification").then().statusCode(200)
                .body("ticketId", nullValue());

        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(COMMUNITY),
                record -> type(record).equals("hotline.call.suggestion-received") && record.value().contains(id), BOUND);
        SuggestionReceived suggestion = EventJson.read(dispatched.get(dispatched.size() - 1).value(),
                SuggestionReceived.class);
        assertThat(suggestion.communityCode()).isEqualTo(COMMUNITY);
        assertThat(suggestion.text()).contains("路灯坏了");
    }

    @Test
    void praiseIsTakenBackAndCreditedAgainAsAnOperatorCorrectsTheCall() {
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> workers.findByIdOptional("w-zhonglouwan-1").isPresent()));
        String praised = given().contentType(ContentType.JSON)
                .body(onDay("我要表扬楼门长孙红，封控期间天天给我们送菜，太感谢了"))
                .when().post("/api/calls").then().statusCode(201)
                .body("type", equalTo("PRAISE"))
                .body("praisedWorkerName", equalTo("孙红"))
                .extract().path("id");
        assertThat(praiseOfSunHong()).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"type\": \"COMPLAINT\", \"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + praised + "/classification").then().statusCode(200)
                .body("praisedWorkerName", nullValue());
        assertThat(praiseOfSunHong()).isZero();

        given().contentType(ContentType.JSON).body("{\"type\": \"PRAISE\", \"operator\": \"话务员王芳\"}")
                .when().put("/api/calls/" + praised + "/classification").then().statusCode(200)
                .body("praisedWorkerName", equalTo("孙红"));
        assertThat(praiseOfSunHong()).isEqualTo(1);
    }

    private static int praiseOfSunHong() {
        List<Integer> praise = given()
                .when().get("/api/praise?community=%s&from=2022-12-14&to=2022-12-16".formatted(COMMUNITY))
                .then().statusCode(200).extract().path("findAll { it.workerId == 'w-zhonglouwan-1' }.praise");
        return praise.stream().mapToInt(Integer::intValue).sum();
    }

    /** The callers announced on the ticket so far, once there are at least the given number. */
    private static List<TicketCallerAdded> callersOf(String ticketId, int atLeast) {
        List<TicketCallerAdded> found = new ArrayList<>();
        TestEvents.readUntil(Topics.CALLERS, record -> {
            TicketCallerAdded caller = EventJson.read(record.value(), TicketCallerAdded.class);
            if (ticketId.equals(caller.ticketId())) {
                found.add(caller);
            }
            return found.size() >= atLeast;
        }, BOUND);
        return found;
    }

    private static String call(String text, String phone) {
        return "{\"text\": \"%s\", \"callerPhone\": \"%s\", \"communityCode\": \"%s\"}".formatted(text, phone,
                COMMUNITY);
    }

    private static String onDay(String text) {
        return "{\"text\": \"%s\", \"communityCode\": \"%s\", \"receivedAt\": \"2022-12-15T03:00:00Z\"}"
                .formatted(text, COMMUNITY);
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
