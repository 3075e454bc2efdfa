package city.hotline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import city.hotline.events.CommunityRegistered;
import city.hotline.notification.service.CommunityNames;
import city.hotline.notification.service.RegistryModel;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each replica keeps a copy of the communities' names its notices are signed with; rows written here straight into
 * the table stand for what another replica's registry consumer wrote.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class CommunityNamesTest {

    /** {@code hotline.notification.communities-reread-after}, with room for a busy machine. */
    static final Duration BOUND = Duration.ofSeconds(5).plusSeconds(5);

    @Inject
    CommunityNames names;

    @Inject
    RegistryModel registry;

    @Inject
    EntityManager entityManager;

    @Test
    void aCommunityRegisteredSinceTheCopyWasReadIsNamedAtOnce() {
        insert("110101004601", "府学胡同社区");
        assertThat(nameOf("110101004601")).contains("府学胡同社区");

        insert("110101004602", "交道口社区");

        assertThat(nameOf("110101004602")).as("not in the copy: read from the table").contains("交道口社区");
        assertThat(nameOf("110101004699")).as("unknown anywhere").isEmpty();
    }

    @Test
    void aCommunityRenamedThroughThisReplicaIsNamedAnewAtOnce() {
        insert("110101004603", "菊儿社区");
        assertThat(nameOf("110101004603")).contains("菊儿社区");

        QuarkusTransaction.requiringNew().run(() -> registry.communityRegistered(new CommunityRegistered(
                "110101004603", "菊儿胡同社区", "110101004", "交道口街道", "110101", "东城区", "1101", "北京市")));

        assertThat(nameOf("110101004603")).contains("菊儿胡同社区");
    }

    @Test
    void aCommunityRenamedThroughAnotherReplicaIsNamedAnewWithinTheBound() {
        insert("110101004604", "南锣鼓巷社区");
        assertThat(nameOf("110101004604")).contains("南锣鼓巷社区");

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE community SET name = '南锣社区' WHERE code = '110101004604'")
                .executeUpdate());

        await().atMost(BOUND).until(() -> nameOf("110101004604").equals(Optional.of("南锣社区")));
    }

    private Optional<String> nameOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> names.of(code));
    }

    private void insert(String code, String name) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("INSERT INTO community (code, name) VALUES (?1, ?2)")
                .setParameter(1, code)
                .setParameter(2, name)
                .executeUpdate());
    }
}
