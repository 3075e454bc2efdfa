package city.hotline.intake.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "hotline.intake")
public interface IntakeConfig {

    /** The letters a ticket number starts with, by the first four digits of the city's code. */
    Map<String, String> ticketPrefixes();

    /** The letters for a city without its own. */
    @WithDefault("HL")
    String defaultTicketPrefix();

    /**
     * Below this confidence (the calibrated probability that the call's type is right) a call is
     * flagged for an operator to review. At 0.6 about one call in fourteen is flagged, and the
     * type of the rest is right about 94 times in 100 (see docs/classifier.md).
     */
    @WithDefault("0.6")
    double reviewThreshold();

    /**
     * A call about the same matter (same building, same category) as a ticket opened within this
     * time before it, and still open, is linked to that ticket instead of opening another.
     */
    @WithDefault("PT48H")
    Duration duplicateWindow();

    /**
     * How many classifications of the shipped training texts the service makes as it starts, before it takes a call,
     * so that the JIT has compiled the classifier by then (docs/performance.md); 0 for none.
     */
    @WithDefault("3000")
    int classifierWarmUp();

    /** The api_keys Open311 clients file requests with; none configured, none is accepted. */
    @WithName("open311.api-keys")
    Optional<List<String>> open311ApiKeys();
}
