package city.hotline.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * How many requests each client may send a service: a token's subject by its role, an API key, an address. The
 * defaults are service-core's (META-INF/microprofile-config.properties); a service turns the limits on with
 * {@code hotline.rate-limit.enabled=true}. See docs/security.md.
 */
@ConfigMapping(prefix = "hotline.rate-limit")
public interface RateLimitConfig {

    /** Whether the service limits its clients at all. */
    boolean enabled();

    /** The limit of a token whose role has none of its own in {@link #roles()}. */
    @WithName("default")
    Limit defaultLimit();

    /** Limits by the role's claim value ({@code operator}, {@code community-system}, ...). */
    Map<String, Limit> roles();

    /** The limit of each API key an endpoint names its client by (an Open311 {@code api_key}). */
    Limit apiKey();

    /** The limit of each remote address sending requests without a valid token. */
    Limit anonymous();

    /**
     * At most {@code requests} in any {@code period}: a client may spend them at once, and gets them back evenly
     * over the period (a token bucket of {@code requests} tokens refilled at {@code requests / period}).
     */
    interface Limit {

        int requests();

        Duration period();
    }
}
