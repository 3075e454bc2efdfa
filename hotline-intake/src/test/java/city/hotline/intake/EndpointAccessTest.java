package city.hotline.intake;

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
        AccessTable.of("110101099101")
                .allow("POST /api/calls", ADMIN, OPERATOR)
                .allow("GET /api/calls", ADMIN, OPERATOR, SUPERVISOR)
                .allow("GET /api/calls/{id}", ADMIN, OPERATOR, SUPERVISOR)
                .allow("PUT /api/calls/{id}/classification", ADMIN, OPERATOR)
                .allow("PUT /api/calls/{id}/place", ADMIN, OPERATOR)
                .allow("POST /api/classifications", ADMIN, OPERATOR, ANALYST)
                .allow("GET /api/classifications/corrections", ADMIN)
                .allow("POST /api/answers", ADMIN)
                .allowEveryRole("GET /api/answers")
                .allowEveryRole("GET /api/answers/{id}")
                .allow("PUT /api/answers/{id}", ADMIN)
                .allow("DELETE /api/answers/{id}", ADMIN)
                .allow("GET /api/praise", ADMIN, ANALYST, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
                .allow("GET /api/praise/board", ADMIN, ANALYST, SUPERVISOR)
                .allow("GET /api/stats", ADMIN, ANALYST, SUPERVISOR)
                .allow("GET /api/stats/weekly", ADMIN, ANALYST, SUPERVISOR)
                .allow("GET /api/stats/rankings", ADMIN, ANALYST, SUPERVISOR)
                .allow("GET /api/stats/trends", ADMIN, ANALYST, SUPERVISOR)
                .allow("POST /api/stats/rebuild", ADMIN)
                .allow("GET /api/stats/rebuild/{id}", ADMIN)
                .pathValue("format", "json")
                .open("GET /open311/v2/discovery.{format}")
                .open("GET /open311/v2/services.{format}")
                .open("GET /open311/v2/services/{code}.{format}")
                .open("GET /open311/v2/requests.{format}")
                .open("POST /open311/v2/requests.{format}")
                .open("GET /open311/v2/requests/{id}.{format}")
                .open("GET /open311/v2/tokens/{token}.{format}")
                .check();
    }
}
