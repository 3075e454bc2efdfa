package city.hotline.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import city.hotline.testkit.HotlineInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Intake is ready while its database answers and its outbox relay runs, whatever Kafka does: during a Kafka outage
 * it keeps taking calls, whose events wait in the outbox, so its pods must keep getting them.
 */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ReadinessTest {

    private static final String MESSAGING_READINESS = "SmallRye Reactive Messaging - readiness check";

    @Test
    void readinessHangsOnTheDatabaseAndTheOutboxRelayButOnNoKafkaChannel() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Outbox relay"))
                .body("checks.find { it.name == '" + MESSAGING_READINESS + "' }.data",
                        anyOf(nullValue(), anEmptyMap()));
    }

    @Test
    void theKafkaChannelsStillHaveTheirLivenessCheck() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'SmallRye Reactive Messaging - liveness check' }.data.'registry-events'",
                        equalTo("[OK]"));
    }
}
