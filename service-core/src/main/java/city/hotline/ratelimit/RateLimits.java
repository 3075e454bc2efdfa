package city.hotline.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import city.hotline.ratelimit.RateLimitConfig.Limit;
import city.hotline.security.Role;

/**
 * Counts each client's requests in a token bucket of its own (Bucket4j) and says when one is over its limit.
 * Buckets live in this process: with several instances of a service behind a load balancer, a client may send
 * each instance its limit.
 */
@ApplicationScoped
public class RateLimits {

    /**
     * Buckets of clients gone quiet are forgotten: one left alone for its whole period is full again, so forgetting it
     * changes nothing. The bound keeps a flood of distinct addresses from filling the memory.
     */
    private static final long MOST_CLIENTS_REMEMBERED = 100_000;

    private final RateLimitConfig config;
    private final MeterRegistry meters;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitConfig config, MeterRegistry meters) {
        this.config = config;
        this.meters = meters;
        Duration longest = Stream.concat(Stream.of(config.defaultLimit(), config.apiKey(), config.anonymous()),
                        config.roles().values().stream())
                .map(Limit::period).max(Duration::compareTo).orElseThrow();
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(longest)
                .maximumSize(MOST_CLIENTS_REMEMBERED)
                .build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /**
     * The client of a request: the token's subject under its role's limit, or the remote address when the request
     * carries no valid token.
     *
     * @param identity the caller as authenticated; null when their token was refused
     */
    public RateLimitedClient clientOf(SecurityIdentity identity, HttpServerRequest request) {
        if (identity == null || identity.isAnonymous()) {
            return address(request);
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
        Optional<Role> role = Role.firstOf(identity.getRoles());
        String kind = role.map(Role::claimValue).orElse("default");
        Limit limit = role.map(Role::claimValue).map(config.roles()::get).orElse(config.defaultLimit());
        return new RateLimitedClient(kind + ":" + subject, kind, limit);
    }

    /** A client an endpoint knows by the API key it sent, once the key is known to be valid. */
    public RateLimitedClient apiKey(String key) {
        return new RateLimitedClient("api-key:" + key, "api-key", config.apiKey());
    }

    /** A client known only by the address its request came from. */
    public RateLimitedClient address(HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return new RateLimitedClient("address:" + address, "anonymous", config.anonymous());
    }

    /** Counts one request of the client; a refusal when the client has none left. Nothing when limits are off. */
    public Optional<RateLimitRefusal> tryAcquire(RateLimitedClient client) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Bucket bucket = buckets.get(client.key(), key -> newBucket(client.limit()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        meters.counter("hotline.rate.limited", "client", client.kind()).increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return Optional.of(new RateLimitRefusal(client.limit(), seconds));
    }

    private static Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }
}
