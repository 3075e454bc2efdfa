package city.hotline.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoint knows its client by something only it reads, such as an API key in a form, and counts its requests
 * itself with {@link RateLimits}; {@link RateLimitFilter} leaves it alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimitedByEndpoint {
}
