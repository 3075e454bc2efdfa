package city.hotline.notification;

import static city.hotline.security.Role.ADMIN;
import static city.hotline.security.Role.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.OPERATOR;
import static city.hotline.security.Role.SUPERVISOR;
import static city.hotline.security.Role.WORKER;

import org.junit.jupiter.api.Test;

import city.hotline.testkit.AccessTable;
import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every endpoint, called without a token and as every role: who may call it, one row per endpoint. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
// The resources of the other tests here, so that Quarkus need not start the service anew for this class.
@WithTestResource(FakeReceivers.class)
class EndpointAccessTest {

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        AccessTable.of("110101004901")
                .allow("POST /api/broadcasts", ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("GET /api/broadcasts/{id}", ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("GET /api/deliveries", ADMIN)
                .allow("GET /api/gateway-sink", ADMIN)
                .allow("GET /api/gateway-sink/{channel}", ADMIN)
                .open("POST /api/gateway-sink/{channel}")
                .allow("GET /api/notifications", ADMIN, OPERATOR, WORKER)
                .allow("POST /api/subscriptions", ADMIN, COMMUNITY_SYSTEM)
                .allow("GET /api/subscriptions", ADMIN, COMMUNITY_SYSTEM)
                .allow("GET /api/subscriptions/{id}", ADMIN, COMMUNITY_SYSTEM)
                .allow("DELETE /api/subscriptions/{id}", ADMIN, COMMUNITY_SYSTEM)
                .allow("POST /api/subscriptions/{id}/pause", ADMIN, COMMUNITY_SYSTEM)
                .allow("POST /api/subscriptions/{id}/resume", ADMIN, COMMUNITY_SYSTEM)
                .allow("GET /api/visits", ADMIN, WORKER)
                .check();
    }
}
