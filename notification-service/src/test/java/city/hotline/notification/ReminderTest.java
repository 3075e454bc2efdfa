package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.notification.service.Reminders;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 未诉先办 for the special-needs list: the service reminds a dialysis patient the day before each
 * session and a resident whose medicine runs out a few days before, once, through their own channel.
 * The clock stands at Monday 5 December 2022, 10:00.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class ReminderTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final String COMMUNITY = "110101004801";
    static final String BUILDING = "钟库胡同1号院/整院";
    static final List<DayOfWeek> TUE_THU_SAT = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
    static final List<DayOfWeek> MON_WED_FRI = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    @Inject
    CommunityRepository communities;

    @Inject
    ResidentRepository residents;

    @Inject
    WorkerRepository workers;

    @Inject
    Reminders reminders;

    @Inject
    ShiftedClock clock;

    @AfterEach
    void backToMonday() {
        clock.reset();
    }

    @Test
    void eachResidentIsRemindedOnceTheDayBeforeTheirDialysisAndAheadOfTheirMedicineRunningOut() {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(COMMUNITY,
                "钟楼湾社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        String butler = Workers.registered(workers, COMMUNITY, "付楼长", "13900000801", List.of(BUILDING));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(COMMUNITY).isPresent()));
        resident("r-zlw-1", 1, "WECHAT", "13800480001", true, dialysis(TUE_THU_SAT));
        resident("r-zlw-2", 2, "PHONE", "13800480002", true, dialysis(MON_WED_FRI));
        resident("r-zlw-3", 3, "PHONE", null, true, dialysis(List.of(DayOfWeek.TUESDAY)));
        resident("r-zlw-4", 4, "SMS", "13800480004", false, dialysis(List.of(DayOfWeek.TUESDAY)));
        resident("r-zlw-5", 5, "PHONE", "13800480005", true, medicine(LocalDate.of(2022, 12, 7)));
        resident("r-zlw-6", 6, "PHONE", "13800480006", true, medicine(LocalDate.of(2022, 12, 20)));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.findByIdOptional("r-zlw-6").isPresent()));

        // Tuesday's session: by WeChat, as the patient prefers; by a door visit for the one without a phone.
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/wechat", "13800480001").size() == 1);
        assertThat(FakeReceivers.acceptedAt("/wechat", "13800480001").get(0).body())
                .contains("钟楼湾社区通知：明天（12月6日，星期二）17:30在北京市第六医院有透析治疗");
        await().atMost(BOUND).untilAsserted(() -> given().queryParam("worker", butler).when().get("/api/visits")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].message", equalTo("请上门告知" + BUILDING + " 3（" + BUILDING
                        + "）：明天（12月6日，星期二）17:30在北京市第六医院有透析治疗，请提前做好准备、按时出发；"
                        + "需要社区协助接送请及时联系我们。")));
        // The medicine that runs out on Wednesday, by SMS for a resident who prefers the phone.
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "13800480005").size() == 1);
        assertThat(FakeReceivers.acceptedAt("/sms", "13800480005").get(0).body())
                .contains("【钟楼湾社区】您的常用药预计12月7日用完（还有2天）");

        // Two replicas looking again at the same moment, and the service's own schedule: nothing more.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::remindDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(reminders::remindDue);
        assertThat(one.join() + other.join() + reminders.remindDue()).isZero();
        assertThat(remindersOf("r-zlw-1")).isEqualTo(1);
        assertThat(remindersOf("r-zlw-3")).isEqualTo(1);
        assertThat(remindersOf("r-zlw-5")).isEqualTo(1);
        // Monday's patient is reminded on Tuesday; no consent, no reminder; medicine two weeks ahead, not yet.
        assertThat(remindersOf("r-zlw-2")).isZero();
        assertThat(remindersOf("r-zlw-4")).isZero();
        assertThat(remindersOf("r-zlw-6")).isZero();

        clock.setNow(ShiftedClock.MORNING.plusDays(1));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", "13800480002").size() == 1);
        assertThat(FakeReceivers.acceptedAt("/sms", "13800480002").get(0).body())
                .contains("明天（12月7日，星期三）17:30在北京市第六医院有透析治疗");
        assertThat(reminders.remindDue()).isZero();
        assertThat(remindersOf("r-zlw-1")).isEqualTo(1);
        assertThat(remindersOf("r-zlw-5")).isEqualTo(1);
        assertThat(FakeReceivers.acceptedAt("/wechat", "13800480001")).hasSize(1);
    }

    private static int remindersOf(String residentId) {
        return given().queryParam("recipient", "resident:" + residentId).when().get("/api/notifications")
                .then().statusCode(200)
                .extract().path("total");
    }

    private static ResidentRegistered.Need dialysis(List<DayOfWeek> days) {
        return new ResidentRegistered.Need("DIALYSIS", days, LocalTime.of(17, 30), "北京市第六医院", null);
    }

    private static ResidentRegistered.Need medicine(LocalDate runsOutOn) {
        return new ResidentRegistered.Need("MEDICINE_RESUPPLY", List.of(), null, null, runsOutOn);
    }

    private static void resident(String id, long household, String channel, String phone, boolean consent,
            ResidentRegistered.Need need) {
        TestEvents.publish(EventType.RESIDENT_REGISTERED, COMMUNITY, id, new ResidentRegistered(id, COMMUNITY,
                household, BUILDING, "", String.valueOf(household), "SENIOR", List.of("DIALYSIS"), channel, phone,
                consent, false, List.of(need)));
    }
}
