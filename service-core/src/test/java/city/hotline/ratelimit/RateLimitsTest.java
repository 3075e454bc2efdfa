package city.hotline.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import city.hotline.ratelimit.RateLimitConfig.Limit;

class RateLimitsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimits limits = new RateLimits(config(true), meters);

    @Test
    void aClientOverItsLimitIsRefusedWithTheSecondsToWaitAndOthersAreNot() {
        RateLimitedClient operator = limits.clientOf(identity("wangfang", "operator"), null);
        assertThat(limits.tryAcquire(operator)).isEmpty();
        assertThat(limits.tryAcquire(operator)).isEmpty();

        assertThat(limits.tryAcquire(operator)).hasValueSatisfying(refusal -> {
            assertThat(refusal.retryAfterSeconds()).isBetween(1L, 30L);
            assertThat(refusal.detail()).contains("at most 2 in 60 s");
        });
        assertThat(limits.tryAcquire(limits.clientOf(identity("lihua", "operator"), null))).isEmpty();
        assertThat(meters.counter("hotline.rate.limited", "client", "operator").count()).isEqualTo(1);
    }

    @Test
    void aClientIsItsRoleAndSubjectAndARoleWithoutALimitOfItsOwnHasTheDefault() {
        RateLimitedClient analyst = limits.clientOf(identity("zhao", "analyst"), null);

        assertThat(analyst.key()).isEqualTo("analyst:zhao");
        assertThat(analyst.limit().requests()).isEqualTo(5);
        assertThat(limits.clientOf(identity("zhao", "operator"), null).key()).isEqualTo("operator:zhao");
        assertThat(limits.apiKey("k").key()).isEqualTo("api-key:k");
    }

    @Test
    void withLimitsOffNothingIsRefused() {
        RateLimits off = new RateLimits(config(false), meters);
        RateLimitedClient operator = off.clientOf(identity("wangfang", "operator"), null);
        for (int i = 0; i < 10; i++) {
            assertThat(off.tryAcquire(operator)).isEmpty();
        }
    }

    private static QuarkusSecurityIdentity identity(String subject, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(subject)).addRole(role).build();
    }

    private static RateLimitConfig config(boolean enabled) {
        return new RateLimitConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Limit defaultLimit() {
                return limit(5);
            }

            @Override
            public Map<String, Limit> roles() {
                return Map.of("operator", limit(2));
            }

            @Override
            public Limit apiKey() {
                return limit(1);
            }

            @Override
            public Limit anonymous() {
                return limit(1);
            }
        };
    }

    private static Limit limit(int requests) {
        return new Limit() {
            @Override
            public int requests() {
                return requests;
            }

            @Override
            public Duration period() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
