package city.hotline.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the outbox relay runs: a service that took requests without it would store events that nobody
 * publishes. A relay that runs but fails rounds (Kafka or PostgreSQL away) stays ready, the outbox keeps the events
 * until the broker is back, so taking calls meanwhile loses nothing; the failures show in the check's data.
 */
@Readiness
@ApplicationScoped
public class OutboxRelayReadiness implements HealthCheck {

    private final OutboxRelay relay;

    OutboxRelayReadiness(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox relay")
                .status(relay.isRunning())
                .withData("failed rounds in a row", relay.failuresInARow());
        relay.lastFailure().ifPresent(failure -> response.withData("last failure", failure));
        return response.build();
    }
}
