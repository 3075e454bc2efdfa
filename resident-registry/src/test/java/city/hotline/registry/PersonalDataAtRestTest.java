package city.hotline.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import city.hotline.personaldata.BlindIndex;
import city.hotline.personaldata.PersonalDataException;
import city.hotline.personaldata.PersonalDataKeys;
import city.hotline.personaldata.ProtectedColumns;
import city.hotline.personaldata.StoredPersonalData;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.PersonalDataTestKeys;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Residents' names and phones and workers' phones, as someone reading the database directly sees them. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class PersonalDataAtRestTest {

    private static final String COMMUNITY = "110101098071";

    @Inject
    DataSource dataSource;

    @Inject
    ProtectedColumns columns;

    @BeforeEach
    void community() {
        TestPlaces.community(COMMUNITY, "密存社区", "密存小区", "1号楼");
    }

    @Test
    void aResidentsNameAndPhoneAreNotReadableInTheDatabaseYetFoundByPhone() throws SQLException {
        String id = register("密存居民", "13912300001");

        try (Connection connection = HotlineInfrastructure.plainConnection("registry");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT name, phone, name_index, phone_index FROM resident WHERE id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).startsWith("pd:" + PersonalDataTestKeys.KEY_ID + ":")
                        .doesNotContain("密存");
                assertThat(row.getString("phone")).startsWith("pd:").doesNotContain("13912300001")
                        .doesNotContain("2300001");
                assertThat(row.getString("phone_index")).isNotBlank().doesNotContain("2300001");
                assertThat(row.getString("name_index")).isNotBlank();
            }
        }
        given().when().get("/api/lookup/phone?number=+86 139 1230 0001")
                .then().statusCode(200).body("residentId", contains(id)).body("name", contains("密女士"));
    }

    @Test
    void aWorkersPhoneIsNotReadableInTheDatabase() throws SQLException {
        try (Connection connection = HotlineInfrastructure.plainConnection("registry");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT w.phone FROM worker w WHERE w.community_code = ?")) {
            select.setString(1, COMMUNITY);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("phone")).startsWith("pd:").doesNotContain("13800009001");
            }
        }
    }

    @Test
    void rowsWrittenBeforeEncryptionAreEncryptedAndFoundByPhoneAfterwards() throws SQLException {
        String id = register("旧数据居民", "13912300002");
        try (Connection connection = HotlineInfrastructure.plainConnection("registry");
             PreparedStatement legacy = connection.prepareStatement("UPDATE resident SET name = '旧数据居民', "
                     + "phone = '13912300002', name_index = NULL, phone_index = NULL WHERE id = ?::uuid")) {
            legacy.setString(1, id);
            legacy.executeUpdate();
        }

        int converted = new StoredPersonalData(dataSource, testKeys(PersonalDataTestKeys.ENCRYPTION_KEY,
                PersonalDataTestKeys.INDEX_KEY), columns).protect();

        assertThat(converted).isGreaterThanOrEqualTo(2);
        assertThat(storedPhone(id)).startsWith("pd:").doesNotContain("13912300002");
        given().when().get("/api/lookup/phone?number=13912300002")
                .then().statusCode(200).body("residentId", contains(id)).body("name", contains("旧女士"));
    }

    @Test
    void aWrongKeyStopsTheStartInsteadOfFailingOnEveryRead() {
        String otherKey = Base64.getEncoder().encodeToString("another key, 32 bytes long......".getBytes());
        register("换钥居民", "13912300003");

        assertThatThrownBy(() -> new StoredPersonalData(dataSource,
                testKeys(otherKey, PersonalDataTestKeys.INDEX_KEY), columns).protect())
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("'" + PersonalDataTestKeys.KEY_ID + "'");
        assertThatThrownBy(() -> new StoredPersonalData(dataSource,
                testKeys(PersonalDataTestKeys.ENCRYPTION_KEY, otherKey), columns).protect())
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("hotline.personal-data.index-key is not the key");
    }

    @Test
    void theIndexKeyRotatesByPuttingANewKeyFirstAndLookupsStillFindResidents() throws SQLException {
        String id = register("轮换居民", "13912300004");
        String newIndexKey = Base64.getEncoder().encodeToString("a new index key, 32 bytes long..".getBytes());
        PersonalDataKeys rotating = testKeys(PersonalDataTestKeys.ENCRYPTION_KEY,
                newIndexKey + "," + PersonalDataTestKeys.INDEX_KEY);
        BlindIndex rotatingIndex = new BlindIndex(rotating);
        assertThat(rotatingIndex.phoneLookups("13912300004")).contains(stored(id, "phone_index"));

        int reindexed = new StoredPersonalData(dataSource, rotating, columns).protect();

        assertThat(reindexed).isGreaterThanOrEqualTo(2);
        assertThat(stored(id, "phone_index")).isEqualTo(rotatingIndex.ofPhone("13912300004"));
        assertThat(stored(id, "name_index")).isEqualTo(rotatingIndex.ofName("轮换居民"));
        assertThatThrownBy(() -> new StoredPersonalData(dataSource,
                testKeys(PersonalDataTestKeys.ENCRYPTION_KEY, PersonalDataTestKeys.INDEX_KEY), columns).protect())
                .hasMessageContaining("hotline.personal-data.index-key is not the key");

        // And back, as the service under test computes its indexes with the test kit's key.
        new StoredPersonalData(dataSource, testKeys(PersonalDataTestKeys.ENCRYPTION_KEY,
                PersonalDataTestKeys.INDEX_KEY + "," + newIndexKey), columns).protect();
        given().when().get("/api/lookup/phone?number=13912300004")
                .then().statusCode(200).body("residentId", contains(id));
    }

    private static PersonalDataKeys testKeys(String encryptionKey, String indexKey) {
        return PersonalDataKeys.of(Optional.of(PersonalDataTestKeys.KEY_ID + ":" + encryptionKey), Optional.of(indexKey));
    }

    private static String register(String name, String phone) {
        return given().contentType(ContentType.JSON).body("""
                {"communityCode": "%s", "building": "密存小区/1号楼", "door": "101",
                 "name": "%s", "gender": "FEMALE", "phone": "%s", "ageBand": "ADULT",
                 "preferredChannel": "WECHAT", "contactConsent": true, "shareConsent": false}
                """.formatted(COMMUNITY, name, phone))
                .when().post("/api/residents").then().statusCode(201).extract().path("id");
    }

    private static String storedPhone(String id) throws SQLException {
        return stored(id, "phone");
    }

    private static String stored(String id, String column) throws SQLException {
        try (Connection connection = HotlineInfrastructure.plainConnection("registry");
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + column + " FROM resident WHERE id = ?::uuid")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The database as anyone with its password sees it, without the service's keys. */
}
