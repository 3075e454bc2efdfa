package city.hotline.dispatch;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import city.hotline.dispatch.domain.WorkingCalendar;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.dispatch.service.DeadlineSettings;
import city.hotline.dispatch.service.WorkingDays;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.TicketOpened;
import city.hotline.events.Urgency;
import city.hotline.events.WorkerRegistered;
import city.hotline.testkit.TestEvents;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What the registry and intake would publish, and what a worker's client would call, for tests
 * that each use communities of their own (the broker and database are shared by every test).
 */
final class Fixtures {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Duration BOUND = Duration.ofSeconds(30);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    /** A community code no other test uses. */
    static String newCommunity() {
        return String.format("9901%08d", SEQUENCE.incrementAndGet());
    }

    static String newTicketId() {
        return String.format("TS20221205-%06d", SEQUENCE.incrementAndGet());
    }

    /**
     * Moves the clock on to 09:00 of the next working day, for tests that count working time from
     * now whatever earlier tests did to the clock.
     */
    static void toWorkingMorning(TestClock clock) {
        DeadlineSettings settings = Arc.container().instance(DeadlineSettings.class).get();
        WorkingDays workingDays = Arc.container().instance(WorkingDays.class).get();
        LocalDate day = clock.now().atZoneSameInstant(BEIJING).toLocalDate().plusDays(1);
        WorkingCalendar calendar = workingDays.calendar(settings.current(), day);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        clock.advanceTo(day.atTime(9, 0).atZone(BEIJING).toOffsetDateTime());
    }

    static void community(String code, String streetCode, String districtCode) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code, new CommunityRegistered(code, "测试社区" + code,
                streetCode, "测试街道", districtCode, "测试区", "110100", "北京市"));
    }

    /** Registers workers on duty, as the registry would, and waits until dispatch knows them all. */
    static List<String> workers(String community, Worker... workers) {
        List<String> ids = new ArrayList<>();
        for (Worker worker : workers) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            TestEvents.publish(EventType.WORKER_REGISTERED, community, id, new WorkerRegistered(id, community,
                    worker.name(), worker.role(), null, "13800000000", worker.buildings(), worker.onDuty()));
        }
        WorkerViewRepository repository = Arc.container().instance(WorkerViewRepository.class).get();
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew().call(() -> ids.stream()
                .allMatch(id -> repository.findByIdOptional(UUID.fromString(id)).isPresent())));
        return ids;
    }

    record Worker(String name, String role, List<String> buildings, boolean onDuty) {

        static Worker onDuty(String name, String role, String... buildings) {
            return new Worker(name, role, List.of(buildings), true);
        }
    }

    static void open(String ticketId, String community, Urgency urgency, Category category, String building,
            OffsetDateTime openedAt) {
        TestEvents.publish(EventType.TICKET_OPENED, community, ticketId, new TicketOpened(ticketId,
                UUID.randomUUID().toString(), community, CallType.REQUEST, urgency, category,
                "钟库胡同1号院魏先生周一三五要去医院透析，封控出不去，请社区协调车辆", openedAt, building));
    }

    static JsonPath awaitTicket(String ticketId, Predicate<JsonPath> condition) {
        return await().atMost(BOUND).until(() -> {
            Response response = given().when().get("/api/tickets/" + ticketId).then().extract().response();
            return response.statusCode() == 200 ? response.jsonPath() : null;
        }, ticket -> ticket != null && condition.test(ticket));
    }

    static JsonPath awaitStatus(String ticketId, String status) {
        return awaitTicket(ticketId, ticket -> status.equals(ticket.getString("status")));
    }

    static Response post(String ticketId, String action, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/tickets/" + ticketId + "/" + action)
                .then().extract().response();
    }
}
