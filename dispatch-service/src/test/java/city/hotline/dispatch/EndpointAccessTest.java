package city.hotline.dispatch;

import static city.hotline.security.Role.ADMIN;
import static city.hotline.security.Role.ANALYST;
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
class EndpointAccessTest {

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        AccessTable.of(Fixtures.newCommunity())
                .allow("GET /api/tickets", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("GET /api/tickets/{id}", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("POST /api/tickets/{id}/accept", ADMIN, WORKER)
                .allow("POST /api/tickets/{id}/progress", ADMIN, WORKER)
                .allow("POST /api/tickets/{id}/help", ADMIN, WORKER)
                .allow("POST /api/tickets/{id}/hand-back", ADMIN, WORKER)
                .allow("POST /api/tickets/{id}/resolve", ADMIN, WORKER)
                .allow("POST /api/tickets/{id}/follow-up", ADMIN, OPERATOR)
                .allow("POST /api/tickets/{id}/reassign", ADMIN, SUPERVISOR)
                .allow("GET /api/supervision/late", ADMIN, SUPERVISOR)
                .allow("GET /api/supervision/clearance", ADMIN, SUPERVISOR, ANALYST, COMMUNITY_SYSTEM)
                .allow("GET /api/communities/{code}/routing-rules", ADMIN, SUPERVISOR, COMMUNITY_SYSTEM)
                .allow("PUT /api/communities/{code}/routing-rules", ADMIN, SUPERVISOR)
                .allow("POST /api/tickets/{id}/complex", ADMIN, SUPERVISOR, WORKER)
                .allow("GET /api/deadline-policy", ADMIN, OPERATOR, SUPERVISOR, WORKER, ANALYST, COMMUNITY_SYSTEM)
                .allow("PUT /api/deadline-policy", ADMIN)
                .allow("DELETE /api/deadline-policy", ADMIN)
                .allow("GET /api/working-calendar", ADMIN, OPERATOR, SUPERVISOR, WORKER, ANALYST, COMMUNITY_SYSTEM)
                .allow("PUT /api/working-calendar/{date}", ADMIN)
                .allow("DELETE /api/working-calendar/{date}", ADMIN)
                .check();
    }
}
