package city.hotline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import city.hotline.dispatch.Fixtures.Worker;
import city.hotline.dispatch.repository.WorkerViewRepository;
import city.hotline.events.Category;
import city.hotline.events.Urgency;
import city.hotline.personaldata.PersonalDataKeys;
import city.hotline.personaldata.ProtectedColumns;
import city.hotline.personaldata.StoredPersonalData;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Workers' names and the callers' words on tickets, as someone reading dispatch's database directly sees them. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PersonalDataAtRestTest {

    @Inject
    TestClock clock;

    @Inject
    WorkerViewRepository workers;

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataKeys keys;

    @Inject
    ProtectedColumns columns;

    @Test
    void namesAndTheCallersWordsAreNotReadableInTheDatabaseYetTicketsShowThemAndTiesStillGoByName()
            throws SQLException {
        String community = Fixtures.newCommunity();
        Fixtures.community(community, community.substring(0, 9), community.substring(0, 6));
        List<String> ids = Fixtures.workers(community, Worker.onDuty("Bai 密存社工", "COMMUNITY_WORKER"),
                Worker.onDuty("An 密存社工", "COMMUNITY_WORKER"));
        String ticketId = Fixtures.newTicketId();

        Fixtures.open(ticketId, community, Urgency.NORMAL, Category.OTHER, null, clock.now());
        JsonPath ticket = Fixtures.awaitStatus(ticketId, "ASSIGNED");

        // Equally loaded, the two are still told apart by name, though their names are stored encrypted.
        assertThat(ticket.getString("assignee.workerId")).isEqualTo(ids.get(1));
        assertThat(ticket.getString("assignee.name")).isEqualTo("An 密存社工");
        assertThat(ticket.getString("summary")).contains("魏先生");
        try (Connection connection = HotlineInfrastructure.plainConnection("dispatch");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT t.summary, t.assignee_name, w.name FROM ticket t "
                             + "JOIN worker_view w ON w.id = t.assignee_id WHERE t.id = ?")) {
            select.setString(1, ticketId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("summary")).startsWith("pd:").doesNotContain("魏").doesNotContain("透析");
                assertThat(row.getString("assignee_name")).startsWith("pd:").doesNotContain("密存");
                assertThat(row.getString("name")).startsWith("pd:").doesNotContain("密存");
            }
        }
    }

    @Test
    void namesStoredBeforeTheirEncryptionAreEncryptedAtStart() throws SQLException {
        String community = Fixtures.newCommunity();
        String id = Fixtures.workers(community, Worker.onDuty("旧名社工", "COMMUNITY_WORKER")).get(0);
        try (Connection connection = HotlineInfrastructure.plainConnection("dispatch");
             PreparedStatement legacy = connection.prepareStatement(
                     "UPDATE worker_view SET name = '旧名社工' WHERE id = ?::uuid")) {
            legacy.setString(1, id);
            legacy.executeUpdate();
        }

        new StoredPersonalData(dataSource, keys, columns).protect();

        try (Connection connection = HotlineInfrastructure.plainConnection("dispatch");
             PreparedStatement select = connection.prepareStatement("SELECT name FROM worker_view WHERE id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).startsWith("pd:").doesNotContain("旧名");
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> workers.findById(UUID.fromString(id)).name))
                .isEqualTo("旧名社工");
    }

    /** The database as anyone with its password sees it, without the service's keys. */
}
