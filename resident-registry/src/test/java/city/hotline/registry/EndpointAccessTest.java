package city.hotline.registry;

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
class EndpointAccessTest {

    private static final String COMMUNITY = "110101098101";

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() {
        TestPlaces.community(COMMUNITY, "权限测试社区", "权限测试小区", "1号楼");
        AccessTable.of(COMMUNITY)
                .allowEveryRole("GET /api/communities")
                .allowEveryRole("GET /api/communities/{code}")
                .allow("GET /api/communities/{code}/special-needs", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("POST /api/communities/{code}/residents", ADMIN, WORKER, COMMUNITY_SYSTEM)
                .allow("POST /api/communities/{code}/workers", ADMIN, SUPERVISOR, COMMUNITY_SYSTEM)
                .allowEveryRole("GET /api/communities/{code}/service-directory")
                .allow("PUT /api/communities/{code}/service-directory", ADMIN, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allowEveryRole("GET /api/control-zones")
                .allow("POST /api/control-zones", ADMIN, SUPERVISOR)
                .allowEveryRole("GET /api/control-zones/status")
                .allowEveryRole("GET /api/control-zones/{id}")
                .allow("PUT /api/control-zones/{id}", ADMIN, SUPERVISOR)
                .allow("DELETE /api/control-zones/{id}", ADMIN, SUPERVISOR)
                .allow("GET /api/lookup/place", ADMIN, OPERATOR, SUPERVISOR, WORKER)
                .allow("GET /api/lookup/phone", ADMIN, OPERATOR)
                .allow("PUT /api/places", ADMIN)
                .allow("GET /api/residents", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("POST /api/residents", ADMIN, WORKER)
                .allow("GET /api/residents/{id}", ADMIN, OPERATOR, WORKER)
                .allow("PUT /api/residents/{id}", ADMIN, WORKER)
                .allow("DELETE /api/residents/{id}", ADMIN, WORKER)
                .allow("GET /api/residents/{id}/access-log", ADMIN)
                .allow("GET /api/workers", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("POST /api/workers", ADMIN, SUPERVISOR)
                .allow("GET /api/workers/{id}", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("PUT /api/workers/{id}", ADMIN, SUPERVISOR)
                .allow("DELETE /api/workers/{id}", ADMIN, SUPERVISOR)
                .allow("PUT /api/workers/{id}/duty", ADMIN, SUPERVISOR, WORKER)
                .check();
    }
}
