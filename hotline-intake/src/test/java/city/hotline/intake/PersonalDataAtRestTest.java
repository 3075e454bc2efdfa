package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.events.EventType;
import city.hotline.events.ResidentRegistered;
import city.hotline.intake.repository.CallRepository;
import city.hotline.intake.repository.ResidentPhoneRepository;
import city.hotline.personaldata.PersonalDataKeys;
import city.hotline.personaldata.ProtectedColumns;
import city.hotline.personaldata.StoredPersonalData;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Callers' and residents' personal data as the database and the logs hold it. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PersonalDataAtRestTest {

    private static final String COMMUNITY = "110101099071";
    private static final String RESIDENT_PHONE = "13911230071";

    @Inject
    ResidentPhoneRepository residentPhones;

    @Inject
    CallRepository calls;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataKeys keys;

    @Inject
    ProtectedColumns columns;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                text.append(' ').append(thrown);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        rootLogger().addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        rootLogger().removeHandler(capture);
    }

    @Test
    void aCallersNameAndPhoneAreNotReadableInTheDatabaseNorInTheLogs() throws SQLException {
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"text": "密存测试：楼道灯坏了，请帮忙报修", "callerPhone": "13700230071", "callerName": "密先生"}
                        """)
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        // and a call that fails validation, naming the caller in a wrong field
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"\", \"callerPhone\": \"13700230071\", \"callerName\": \"密先生\"}")
                .when().post("/api/calls").then().statusCode(400);

        try (Connection connection = HotlineInfrastructure.plainConnection("intake");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT text, caller_phone, caller_name FROM call WHERE id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("caller_phone")).startsWith("pd:").doesNotContain("0230071");
                assertThat(row.getString("caller_name")).startsWith("pd:").doesNotContain("密");
                assertThat(row.getString("text")).startsWith("pd:").doesNotContain("密存").doesNotContain("楼道");
            }
        }
        given().when().get("/api/calls/" + id).then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> calls.findById(UUID.fromString(id)).text))
                .isEqualTo("密存测试：楼道灯坏了，请帮忙报修");
        Logger.getLogger(PersonalDataAtRestTest.class.getName()).info("the capture hears the logs");
        assertThat(logged).contains("the capture hears the logs").noneMatch(line -> line.contains("0230071") || line.contains("密先生")
                || line.contains("密存测试"));
    }

    @Test
    void aResidentsPhoneFromTheRegistryIsStoredEncryptedAndStillPlacesTheirCalls() throws SQLException {
        TestEvents.publish(EventType.COMMUNITY_REGISTERED, COMMUNITY, COMMUNITY, new CommunityRegistered(
                COMMUNITY, "密存社区", "110101099000", "东四街道", "110101000000", "东城区", "110100000000", "北京市"));
        TestEvents.publish(EventType.RESIDENT_REGISTERED, COMMUNITY, "r-pd-1", new ResidentRegistered("r-pd-1",
                COMMUNITY, 7101, "密存小区/1号楼", "", "101", "ELDER", List.of(), "PHONE", RESIDENT_PHONE, true, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                residentPhones.findByIdOptional("r-pd-1").isPresent()));

        try (Connection connection = HotlineInfrastructure.plainConnection("intake");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT phone, phone_index FROM resident_phone WHERE resident_id = 'r-pd-1'");
             ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("phone")).startsWith("pd:").doesNotContain("1230071");
            assertThat(row.getString("phone_index")).isNotBlank().doesNotContain("1230071");
        }
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"家里水管漏水了，请派人来看看\", \"callerPhone\": \"+86-139-1123-0071\"}")
                .when().post("/api/calls")
                .then().statusCode(201)
                .body("communityCode", equalTo(COMMUNITY))
                .body("building", equalTo("密存小区/1号楼"));
        assertThat(logged).noneMatch(line -> line.contains("1230071"));
    }

    @Test
    void callTextsTakenBeforeTheirEncryptionAreEncryptedAtStart() throws SQLException {
        String id = given().contentType(ContentType.JSON)
                .body("{\"text\": \"旧通话：小区门口路灯不亮\", \"callerPhone\": \"13700230072\"}")
                .when().post("/api/calls").then().statusCode(201).extract().path("id");
        try (Connection connection = HotlineInfrastructure.plainConnection("intake");
             PreparedStatement legacy = connection.prepareStatement(
                     "UPDATE call SET text = '旧通话：小区门口路灯不亮' WHERE id = ?::uuid")) {
            legacy.setString(1, id);
            legacy.executeUpdate();
        }

        new StoredPersonalData(dataSource, keys, columns).protect();

        try (Connection connection = HotlineInfrastructure.plainConnection("intake");
             PreparedStatement select = connection.prepareStatement("SELECT text FROM call WHERE id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("text")).startsWith("pd:").doesNotContain("路灯");
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> calls.findById(UUID.fromString(id)).text))
                .isEqualTo("旧通话：小区门口路灯不亮");
    }

    private static Logger rootLogger() {
        return LogManager.getLogManager().getLogger("");
    }

    /** The database as anyone with its password sees it, without the service's keys. */
}
