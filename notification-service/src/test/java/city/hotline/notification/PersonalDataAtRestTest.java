package city.hotline.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.events.TicketCallerAdded;
import city.hotline.notification.repository.CommunityRepository;
import city.hotline.notification.repository.ResidentRepository;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.personaldata.PersonalDataKeys;
import city.hotline.personaldata.ProtectedColumns;
import city.hotline.personaldata.StoredPersonalData;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The names, phones and messages the service keeps, as someone reading its database directly sees them. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
@WithTestResource(FakeReceivers.class)
class PersonalDataAtRestTest {

    static final Duration BOUND = Duration.ofSeconds(30);
    static final OffsetDateTime NOON = OffsetDateTime.parse("2022-12-05T12:00:00+08:00");
    static final String BUILDING = "密存小区/1号楼";

    @Inject
    WorkerRepository workers;

    @Inject
    CommunityRepository communities;

    @Inject
    ResidentRepository residents;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataKeys keys;

    @Inject
    ProtectedColumns columns;

    @Test
    void namesPhonesAndMessagesAreNotReadableInTheDatabaseYetReachEveryoneAndAreFoundByPhone() throws SQLException {
        String community = community("110101004601", "密存社区");
        String worker = Workers.registered(workers, community, "密存网格员", "13900000601", List.of(BUILDING));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, community, "r-pd-601", new ResidentRegistered("r-pd-601",
                community, 8601, BUILDING, "", "101", "ELDER", List.of(), "SMS", "13800600002", true, false));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> residents.findByIdOptional("r-pd-601").isPresent()));
        String ticketId = "BJ20221205-360001";
        TestEvents.publish(EventType.TICKET_CALLER_ADDED, community, ticketId, new TicketCallerAdded(ticketId,
                UUID.randomUUID().toString(), community, null, "13711160001", false, NOON));
        await().atMost(BOUND).until(() -> FakeReceivers.acceptedAt("/sms", ticketId).size() == 1);
        assertThat(FakeReceivers.acceptedAt("/sms", ticketId).get(0).body()).contains("13711160001");

        String broadcast = given().contentType(ContentType.JSON)
                .body(Map.of("communityCode", community, "message", "密存小区明天停电", "audience", "RECIPIENTS",
                        "recipients", List.of(Map.of("name", "密存住户", "phone", "13800600001"),
                                Map.of("name", "魏密存", "building", BUILDING))))
                .when().post("/api/broadcasts")
                .then().statusCode(201).extract().path("id");
        await().atMost(BOUND).untilAsserted(() -> given().get("/api/broadcasts/" + broadcast)
                .then().statusCode(200)
                .body("deliveries", equalTo(Map.of("SMS", Map.of("SENT", 1), "DOOR_VISIT", Map.of("SENT", 1)))));
        assertThat(FakeReceivers.acceptedAt("/sms", "密存小区明天停电").get(0).body()).contains("13800600001");
        // By the phone's blind index, however the number is written.
        given().queryParam("recipient", "phone:+86 138 0060 0001").when().get("/api/notifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recipientName", equalTo("密存住户"));
        given().queryParam("worker", worker).when().get("/api/visits")
                .then().statusCode(200).body("[0].recipientName", equalTo("魏密存"));

        List<String> stored = new ArrayList<>();
        stored.addAll(select("SELECT name, phone FROM worker WHERE id = '" + worker + "'"));
        stored.addAll(select("SELECT phone FROM resident WHERE id = 'r-pd-601'"));
        stored.addAll(select("SELECT phone FROM ticket_caller WHERE ticket_id = '" + ticketId + "'"));
        stored.addAll(select("SELECT recipients FROM broadcast WHERE id = '" + broadcast + "'"));
        stored.addAll(select("SELECT n.recipient_name, n.message, d.address, d.body FROM notification n "
                + "JOIN delivery d ON d.notification_id = n.id WHERE n.broadcast_id = '" + broadcast
                + "' OR n.ticket_id = '" + ticketId + "'"));
        stored.addAll(select("SELECT recipient_name, message FROM visit_task WHERE worker_id = '" + worker + "'"));
        // the worker's name and phone, the resident's and the caller's phones, the broadcast's recipients,
        // names, messages, addresses and bodies of three notifications (the caller's has no name), the visit
        assertThat(stored).hasSize(2 + 1 + 1 + 1 + 2 * 4 + 3 + 2)
                .allSatisfy(value -> assertThat(value).startsWith("pd:"));
        List<String> recipientIds = select("SELECT recipient_id FROM notification WHERE broadcast_id = '"
                + broadcast + "'");
        assertThat(recipientIds).hasSize(2).allSatisfy(id -> assertThat(id).doesNotContain("0600001", "密存住户", "魏密存"));
    }

    @Test
    void phonesStoredBeforeTheirEncryptionAreEncryptedAtStartAndStillReachTheWorker() throws SQLException {
        String community = community("110101004602", "旧数据社区");
        String worker = Workers.registered(workers, community, "旧数据网格员", "13900000602", List.of());
        try (Connection connection = HotlineInfrastructure.plainConnection("notification");
             PreparedStatement legacy = connection.prepareStatement(
                     "UPDATE worker SET name = '旧数据网格员', phone = '13900000602' WHERE id = ?::uuid")) {
            legacy.setString(1, worker);
            legacy.executeUpdate();
        }

        new StoredPersonalData(dataSource, keys, columns).protect();

        assertThat(select("SELECT name, phone FROM worker WHERE id = '" + worker + "'"))
                .allSatisfy(value -> assertThat(value).startsWith("pd:"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> workers.findById(UUID.fromString(worker)).phone))
                .isEqualTo("13900000602");
    }

    private String community(String code, String name) {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, code, code,
                new CommunityRegistered(code, name, "110101004", "交道口街道", "110101", "东城区", "1101", "北京市"));
        await().atMost(BOUND).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> communities.findByIdOptional(code).isPresent()));
        return code;
    }

    /** Every value of every row a query finds, as stored; nulls left out. */
    private static List<String> select(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = HotlineInfrastructure.plainConnection("notification");
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    if (row.getString(column) != null) {
                        values.add(row.getString(column));
                    }
                }
            }
        }
        return values;
    }

    /** The database as anyone with its password sees it, without the service's keys. */
}
