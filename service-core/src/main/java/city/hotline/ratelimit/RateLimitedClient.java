package city.hotline.ratelimit;

import city.hotline.ratelimit.RateLimitConfig.Limit;

/**
 * One client of a service as its requests are counted.
 *
 * @param key  who, unique across kinds: {@code operator:<sub>}, {@code api-key:<key>}, {@code address:<ip>}
 * @param kind what sort of client, for the metrics: a role's claim value, {@code api-key} or {@code anonymous};
 *             never the subject, key or address itself
 */
public record RateLimitedClient(String key, String kind, Limit limit) {
}
