package city.hotline.dispatch;

import static city.hotline.dispatch.Fixtures.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.repository.SpecialNeedsRepository;
import city.hotline.dispatch.service.DeadlineWatch;
import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.CloudEvent;
import city.hotline.events.EventJson;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.ResidentRemoved;
import city.hotline.events.TicketCancelled;
import city.hotline.events.TicketOpened;
import city.hotline.events.TicketWithdrawn;
import city.hotline.events.Topics;
import city.hotline.events.Urgency;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What dispatch does with who called: the special-needs green channel, and tickets intake cancels. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CallerTicketsTest {

    static final String BUILDING = "钟库胡同1号院/1号楼";

    @Inject
    TestClock clock;

    @Inject
    SpecialNeedsRepository specialNeeds;

    @Inject
    DeadlineWatch watch;

    @Test
    void aCallerOnTheSpecialNeedsListTakesTheGreenChannelAndTheDutyLeadIsPaged() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("申书记", "SECRETARY"),
                Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String dialysis = resident(community, List.of("DIALYSIS", "ELDERLY_ALONE"));
        String neighbour = resident(community, List.of());
        await().atMost(Fixtures.BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> specialNeeds.isListed(dialysis)));

        String fromTheList = Fixtures.newTicketId();
        open(fromTheList, community, dialysis);
        String fromANeighbour = Fixtures.newTicketId();
        open(fromANeighbour, community, neighbour);

        assertThat(awaitStatus(fromTheList, "ASSIGNED").getList("history.action", String.class))
                .contains("DUTY_LEAD_PAGED");
        assertThat(awaitStatus(fromANeighbour, "ASSIGNED").getList("history.action", String.class))
                .doesNotContain("DUTY_LEAD_PAGED");
        List<ConsumerRecord<String, String>> paged = TestEvents.readUntil(Topics.dispatch(community),
                record -> type(record).equals("hotline.ticket.duty-lead-paged") && record.value().contains(fromTheList),
                Fixtures.BOUND);
        assertThat(paged.get(paged.size() - 1).value()).contains(ids.get(0));

        // Off the list (moved away), the resident's next ticket is an ordinary one.
        TestEvents.publish(EventType.RESIDENT_REMOVED, community, dialysis, new ResidentRemoved(dialysis, community, 1));
        await().atMost(Fixtures.BOUND).until(() -> !QuarkusTransaction.requiringNew()
                .call(() -> specialNeeds.isListed(dialysis)));
        String afterwards = Fixtures.newTicketId();
        open(afterwards, community, dialysis);
        assertThat(awaitStatus(afterwards, "ASSIGNED").getList("history.action", String.class))
                .doesNotContain("DUTY_LEAD_PAGED");
    }

    @Test
    void aTicketIntakeCancelsIsClosedOnceItsTimersStopAndTheCommunityIsTold() {
        String community = Fixtures.newCommunity();
        List<String> ids = Fixtures.workers(community, Worker.onDuty("李社工", "COMMUNITY_WORKER"));
        String ticketId = Fixtures.newTicketId();
        Fixtures.open(ticketId, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(ticketId, "ASSIGNED");

        CloudEvent cancelled = CloudEvent.of(EventType.TICKET_CANCELLED, "/test", ticketId, new TicketCancelled(ticketId,
                UUID.randomUUID().toString(), community, CallType.PRAISE, "话务员小王", clock.now()));
        TestEvents.publish(Topics.CALLS, community, cancelled);
        TestEvents.publish(Topics.CALLS, community, cancelled);
        // The same cancellation again under another event id (intake's correction retried): still one step.
        TestEvents.publish(EventType.TICKET_CANCELLED, community, ticketId, new TicketCancelled(ticketId,
                UUID.randomUUID().toString(), community, CallType.PRAISE, "话务员小王", clock.now()));
        String marker = Fixtures.newTicketId();
        Fixtures.open(marker, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        awaitStatus(marker, "ASSIGNED");

        JsonPath ticket = awaitStatus(ticketId, "CANCELLED");
        assertThat(ticket.getList("history.action", String.class)).containsOnlyOnce("CANCELLED");
        List<ConsumerRecord<String, String>> dispatched = TestEvents.readUntil(Topics.dispatch(community),
                record -> record.value().contains(marker), Fixtures.BOUND);
        List<TicketWithdrawn> withdrawn = dispatched.stream()
                .filter(record -> type(record).equals("hotline.ticket.withdrawn"))
                .map(record -> EventJson.read(record.value(), TicketWithdrawn.class)).toList();
        assertThat(withdrawn).hasSize(1);
        assertThat(withdrawn.get(0).ticketId()).isEqualTo(ticketId);
        assertThat(withdrawn.get(0).workerId()).isEqualTo(ids.get(0));
        assertThat(withdrawn.get(0).type()).isEqualTo(CallType.PRAISE);

        // Its deadlines no longer run: past the time to accept, nobody is offered it and nothing escalates.
        clock.advance(Duration.ofHours(3));
        watch.fireDue();
        JsonPath later = awaitStatus(ticketId, "CANCELLED");
        assertThat(later.getList("history.action", String.class)).endsWith("CANCELLED");
        assertThat(later.getString("assignee.workerId")).isEqualTo(ids.get(0));
    }

    private static String resident(String community, List<String> tags) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(EventType.RESIDENT_REGISTERED, community, id, new ResidentRegistered(id, community, 1,
                BUILDING, "", "101", "ELDER", tags, "SMS", "13900000009", true, false));
        return id;
    }

    private void open(String ticketId, String community, String callerResidentId) {
        TestEvents.publish(EventType.TICKET_OPENED, community, ticketId, new TicketOpened(ticketId,
                UUID.randomUUID().toString(), community, CallType.REQUEST, Urgency.NORMAL, Category.MEDICAL,
                "周一三五要去医院透析，请社区协调车辆", clock.now(), null, callerResidentId));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }
}
